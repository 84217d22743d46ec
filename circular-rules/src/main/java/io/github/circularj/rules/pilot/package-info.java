/**
 * The built-in rule packs of China's secondhand goods circulation pilot (二手商品流通试点) and the
 * registry of its publicly known members.
 *
 * <p>Every rule cites its legal or standard source and the strength of its threshold
 * ({@link io.github.circularj.rules.Basis}); thresholds that are this library's proposals are marked
 * as library defaults and are overridable.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.pilot;

import javax.annotation.ParametersAreNonnullByDefault;
