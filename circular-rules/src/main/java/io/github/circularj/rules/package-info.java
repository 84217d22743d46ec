/**
 * The compliance engine: rules as single-pass, mergeable indicators plus a judgement, grouped into
 * weighted criteria and versioned, effective-dated rule packs that score a subject into an
 * explainable scorecard.
 *
 * <p>Every threshold carries a {@link io.github.circularj.rules.Basis} so that a user can tell a
 * statute from a library default.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules;

import javax.annotation.ParametersAreNonnullByDefault;
