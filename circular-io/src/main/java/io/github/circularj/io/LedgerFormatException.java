package io.github.circularj.io;

import java.io.IOException;

/**
 * A file that is not a readable ledger at all: not JSON, no header or a wrong one, an unknown format
 * version, a CSV file without its header row. Thrown at once, before any record is read; a problem with
 * one line is never thrown but reported (see {@link LedgerReader}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The name of the source. */
    private final String source;
    /** The line at fault, from 1. */
    private final long line;

    /**
     * Creates the exception.
     *
     * @param source the name of the source, not null
     * @param line the line at fault, from 1
     * @param problem what is wrong and what was expected, not null
     */
    public LedgerFormatException(String source, long line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /**
     * Returns the name of the source.
     *
     * @return the source, for example the file name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line at fault.
     *
     * @return the line, from 1
     */
    public long line() {
        return line;
    }
}
