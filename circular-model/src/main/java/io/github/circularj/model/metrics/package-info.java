/**
 * Published circularity metrics, exact to their formulas.
 *
 * <ul>
 *   <li>{@link io.github.circularj.model.metrics.MaterialCircularity}: the Material Circularity
 *       Indicator (Ellen MacArthur Foundation &amp; Granta, 2015; biological terms 2019) of a product from
 *       its {@link io.github.circularj.model.metrics.MaterialFlow}s and its
 *       {@link io.github.circularj.model.metrics.Utility}, and
 *       {@link io.github.circularj.model.metrics.CompanyCircularity} across products.</li>
 *   <li>{@link io.github.circularj.model.metrics.CircularTransition}: circular inflow and outflow in the
 *       style of the WBCSD Circular Transition Indicators (ISO 59020 uses the same mass-weighted form).</li>
 *   <li>{@link io.github.circularj.model.metrics.FrenchRepairabilityIndex} (the French indice de
 *       réparabilité) and {@link io.github.circularj.model.metrics.EuRepairabilityScore} (Delegated
 *       Regulation (EU) 2023/1669, Annex IV).</li>
 *   <li>{@link io.github.circularj.model.metrics.AvoidedEmissions}: the displacement method (WRAP) and
 *       lifetime extension of embodied emissions, reported apart from any emissions inventory.</li>
 * </ul>
 *
 * <p>Every input is validated when it is given: an out-of-range fraction, a sum of fractions over 1,
 * a zero or negative mass or lifetime, NaN or infinity is rejected with an
 * {@link java.lang.IllegalArgumentException} whose message names the method's symbol (for example
 * {@code F_R}), quotes the value and states the rule. A result that a method leaves undefined (for
 * example a circular inflow with no inflows) is an empty {@link java.util.OptionalDouble}, never 0 or NaN.
 *
 * <p>Decimal fractions are read as the decimal numbers they print as ({@link
 * java.math.BigDecimal#valueOf(double)}), and the formulas are evaluated in decimal arithmetic, so that
 * {@code 0.9 + 0.1} is exactly 1 and a fully linear product scores exactly {@code 0.1}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.metrics;

import javax.annotation.ParametersAreNonnullByDefault;
