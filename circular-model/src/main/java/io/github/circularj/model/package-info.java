/**
 * Shared values of the circular-economy model: {@link io.github.circularj.model.Mass},
 * {@link io.github.circularj.model.Money}, {@link io.github.circularj.model.Fraction} and
 * {@link io.github.circularj.model.ReportingPeriod}.
 *
 * <p>Every type here is an immutable value, validated at construction: an invalid value cannot be
 * built, and the exception says which field, which value and which rule.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model;

import javax.annotation.ParametersAreNonnullByDefault;
