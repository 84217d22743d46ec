/**
 * The {@code circular} command: validates ledger files, scores them with the secondhand-goods pilot's rule
 * packs, runs what-if experiments, lists the rules and writes synthetic samples, with the conventions of a
 * Unix tool (results on stdout, progress and errors on stderr, documented exit codes). See
 * {@code docs/cli.md}. {@link io.github.circularj.cli.Circular} is the entry point.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.cli;

import javax.annotation.ParametersAreNonnullByDefault;
