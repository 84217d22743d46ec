package io.github.circularj.io;

/**
 * Receives the progress of {@link LedgerReader#read(java.nio.file.Path, ReadProgress)} and
 * {@link LedgerReader#readTradeRecords(java.nio.file.Path, io.github.circularj.model.party.Enterprise,
 * io.github.circularj.model.ReportingPeriod, ReadProgress)}, for example to show a progress line while a
 * large file is read. It is called on the reading thread after every item record read (an item line of a
 * ledger file, a row of a trade-record file) and once more when the file has been read to its end; the
 * counts never decrease. Bytes are counted as the reader takes them from the file, so they run a little
 * ahead of the records (the reader buffers).
 *
 * <p>An implementation should return quickly; an exception it throws ends the read and reaches the caller.
 */
@FunctionalInterface
public interface ReadProgress {

    /** Ignores every update. */
    ReadProgress NONE = (items, bytesRead, totalBytes) -> { };

    /**
     * Reports how far a read has come.
     *
     * @param items the item records read so far (ledger item lines, or trade-record rows, read or not)
     * @param bytesRead the bytes of the file read so far, at most {@code totalBytes} unless the file grew
     * @param totalBytes the file's size when the read began
     */
    void update(long items, long bytesRead, long totalBytes);
}
