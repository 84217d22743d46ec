package io.github.circularj.io;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import java.util.Objects;

/**
 * What {@link LedgerReader} read from a file: its header, the ledger, and the report of what was accepted,
 * what was rejected and which lines could not be read. The ledger carries the same report
 * ({@link Ledger#report()}), so a score computed from it sees every problem of the file.
 *
 * <p>This class is immutable and thread-safe, provided the ledger is.
 *
 * @param header the file's header (for a CSV file, the enterprise and period given to the reader)
 * @param ledger the ledger read; in memory, or streaming from the file when it is grouped
 * @param report the import report
 */
public record LedgerImport(LedgerHeader header, Ledger ledger, LedgerReport report) {

    /**
     * Validates the import.
     *
     * @param header the header, not null
     * @param ledger the ledger, not null
     * @param report the report, not null
     */
    public LedgerImport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the ledger and the report as a {@link Ledger.Result}.
     *
     * @return the result
     */
    public Ledger.Result result() {
        return new Ledger.Result(ledger, report);
    }
}
