/**
 * The release check: a staged deploy checked the way Maven Central validates it ({@link
 * io.github.circularj.releasecheck.StagingCheck}), and two staged builds compared byte for byte ({@link
 * io.github.circularj.releasecheck.Reproducibility}). Not published; run by {@code .ci/release-check}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.releasecheck;

import javax.annotation.ParametersAreNonnullByDefault;
