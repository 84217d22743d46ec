/**
 * Files in and out: the Circular ledger format (JSON Lines, {@code .jsonl}) and CSV trade records, read
 * by {@link io.github.circularj.io.LedgerReader} into a {@link io.github.circularj.model.lifecycle.Ledger}
 * with a report of every line that could not be read, and written by
 * {@link io.github.circularj.io.LedgerWriter}. The formats are documented in {@code docs/ledger-format.md}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.io;

import javax.annotation.ParametersAreNonnullByDefault;
