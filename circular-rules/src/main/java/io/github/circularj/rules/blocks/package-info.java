/**
 * Building blocks for rules over item lifecycles, public so that a user's rule reads like a built-in one:
 * the reporting {@link io.github.circularj.rules.blocks.Window} read in a time zone, the
 * {@link io.github.circularj.rules.blocks.Cycles cycle} of a sale (the events since the item last came into
 * the enterprise's hands), the per-item {@link io.github.circularj.rules.blocks.Tally} and the
 * {@link io.github.circularj.rules.blocks.TallyIndicator}, a single-pass, mergeable share or count with
 * bounded, deterministic evidence.
 *
 * <p>The built-in pilot rules ({@code io.github.circularj.rules.pilot.EnterpriseRule}) are written with
 * these blocks and nothing else.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.blocks;

import javax.annotation.ParametersAreNonnullByDefault;
