/**
 * Test helpers for users of Circular: QuickTheories generators of the model's values, AssertJ
 * assertions and synthetic pilot data. Add this module in test scope.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.testkit;

import javax.annotation.ParametersAreNonnullByDefault;
