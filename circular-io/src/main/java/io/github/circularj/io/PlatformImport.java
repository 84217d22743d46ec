package io.github.circularj.io;

import io.github.circularj.model.platform.PlatformRecords;
import java.util.Objects;

/**
 * What {@link PlatformFiles} read from a platform file: its header and the platform's records with the report of
 * every record refused or unreadable.
 *
 * @param header the file's header: the platform operator, the period, whether the data is synthetic, the declared
 *     profile
 * @param result the records accepted and the report
 */
public record PlatformImport(LedgerHeader header, PlatformRecords.Result result) {

    /**
     * Validates.
     *
     * @param header not null
     * @param result not null
     */
    public PlatformImport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(result, "result");
    }
}
