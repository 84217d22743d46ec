/**
 * Runnable examples of Circular; the README's run command starts one of them.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.examples;

import javax.annotation.ParametersAreNonnullByDefault;
