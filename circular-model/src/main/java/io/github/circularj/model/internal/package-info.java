/**
 * Not API: the one validation helper of {@code circular-model}, shared by its packages.
 *
 * <p>This package is public only because Java has no way to share a class between packages
 * otherwise. It is not part of the library's API: it may change or disappear in any release
 * without notice, and code outside {@code circular-model} must not use it.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.internal;

import javax.annotation.ParametersAreNonnullByDefault;
