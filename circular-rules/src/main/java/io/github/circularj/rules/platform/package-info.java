/**
 * The pack {@code cn-platform-operator}: a secondhand platform scored on its duties under the E-Commerce Law
 * (电子商务法) — verifying its sellers and re-checking them, the licence display of enterprise sellers, keeping
 * transaction records, acting on flagged listings, treating frequent private sellers as operators, and no
 * trade in flagged goods — from its own records ({@link io.github.circularj.rules.platform.PlatformSubject}).
 * Each rule is declared once in {@link io.github.circularj.rules.platform.PlatformRule};
 * {@link io.github.circularj.rules.platform.PlatformOperator} assembles the pack.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.platform;

import javax.annotation.ParametersAreNonnullByDefault;
