/**
 * JMH benchmarks of Circular. Run them from the uber-jar {@code benchmarks/target/benchmarks.jar}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.benchmarks;

import javax.annotation.ParametersAreNonnullByDefault;
