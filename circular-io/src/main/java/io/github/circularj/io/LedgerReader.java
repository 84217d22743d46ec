package io.github.circularj.io;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.Nullable;

/**
 * Reads Circular ledger files (JSON Lines) and CSV trade records into a {@link Ledger} with a
 * {@link LedgerReport} of everything that was not taken in; the formats are those of
 * {@code docs/ledger-format.md}.
 *
 * <p><b>What fails and what is reported.</b> A file that is not a ledger at all fails at once with a
 * {@link LedgerFormatException}: an empty file, a first line that is not JSON or not a header, a format
 * other than {@value LedgerHeader#FORMAT}, an unknown format version, a header field missing or invalid.
 * After the header, a problem with one line never throws and never drops the line silently: the line is
 * recorded as an {@link UnreadableRecord} (its line number, the field, the value quoted and cut, the
 * reason) in the report, which counts it among the records submitted, and reading goes on. That covers a
 * line that is not JSON or not UTF-8, a line longer than {@link #maxLineBytes()} (skipped unread, never
 * held in memory whole), an unknown type, an unknown field (refused by name), a value of the wrong kind
 * (a number where a string is expected), a value the model refuses, a second header, and a last line cut
 * short. Events that are read but that the lifecycle rules refuse (an event for an item the file does not
 * hold, an illegal transition) are reported as {@link io.github.circularj.model.lifecycle.RejectedEvent}s,
 * as {@link Ledger.Builder} reports them. Blank lines hold no record and are passed over; a UTF-8 byte
 * order mark at the start of a line (of the file, or where files were joined) and CR LF line ends are accepted.
 *
 * <p><b>Memory.</b> A file whose header says {@code "grouped": true} is read from a {@link Path} in
 * constant memory per item: the reader makes one pass to check it and build the report, and returns a
 * streaming ledger ({@link Ledger#ofSupplier}) that reads the file afresh, one item at a time, on every
 * pass; the grouping (each item line followed by its events, items in ascending id order) is checked as
 * it goes and every line that breaks it is reported. If the file changes between passes, the pass fails
 * with an {@link IllegalStateException}. Other files, and any file read from a stream, are read into
 * memory through {@link Ledger#builder}. Only the first {@link #unreadableLimit()} unreadable records are
 * kept, with an exact count. A grouped file's report keeps the first rejected events up to the same limit,
 * with exact counts by reason (each item's refused events travel with its lifecycle, {@link
 * io.github.circularj.model.lifecycle.Lifecycle#refused()}, where the rules judge them); a file read into
 * memory keeps every rejected event, as the builder does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerReader {

    /** The longest line read unless set otherwise, in bytes: {@value} (1 MiB). */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private static final LedgerReader DEFAULTS =
            new LedgerReader(DEFAULT_MAX_LINE_BYTES, Ledger.Builder.DEFAULT_UNREADABLE_LIMIT);

    private final int maxLineBytes;
    private final int unreadableLimit;

    private LedgerReader(int maxLineBytes, int unreadableLimit) {
        this.maxLineBytes = maxLineBytes;
        this.unreadableLimit = unreadableLimit;
    }

    /**
     * Returns a reader with lines of at most {@value #DEFAULT_MAX_LINE_BYTES} bytes and at most
     * {@value Ledger.Builder#DEFAULT_UNREADABLE_LIMIT} unreadable records kept.
     *
     * @return the reader
     */
    public static LedgerReader defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a reader that skips, and reports, lines longer than a number of bytes.
     *
     * @param bytes the longest line read, in bytes (without its line end), from 1024 to 256 MiB
     * @return the reader
     * @throws IllegalArgumentException if the number is out of range
     */
    public LedgerReader withMaxLineBytes(int bytes) {
        if (bytes < 1024 || bytes > (1 << 28)) {
            throw new IllegalArgumentException("maxLineBytes \"" + bytes + "\" is out of range; a line limit is"
                    + " from 1024 bytes to 256 MiB");
        }
        return new LedgerReader(bytes, unreadableLimit);
    }

    /**
     * Returns a reader whose reports keep at most a number of unreadable records, and for a grouped file as
     * many rejected events (all are counted).
     *
     * @param limit the most unreadable records kept, zero or more
     * @return the reader
     * @throws IllegalArgumentException if the limit is negative
     */
    public LedgerReader withUnreadableLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("unreadable limit \"" + limit + "\" is negative; a limit is 0 or more");
        }
        return new LedgerReader(maxLineBytes, limit);
    }

    /**
     * Returns the longest line read, in bytes.
     *
     * @return the line limit
     */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    /**
     * Returns the most unreadable records a report keeps.
     *
     * @return the limit
     */
    public int unreadableLimit() {
        return unreadableLimit;
    }

    /**
     * Reads only the header of a ledger file.
     *
     * @param file the file, not null
     * @return the header
     * @throws LedgerFormatException if the file has no valid header
     * @throws IOException if the file cannot be read
     */
    public LedgerHeader readHeader(Path file) throws IOException {
        try (JsonLinesCursor cursor = new JsonLinesCursor(Files.newInputStream(file), name(file), maxLineBytes)) {
            return cursor.header();
        }
    }

    /**
     * Reads a ledger file; a grouped one into a streaming ledger that reads the file afresh on each pass,
     * any other into memory. See the class comment.
     *
     * @param file the file, not null
     * @return the header, the ledger and the report
     * @throws LedgerFormatException if the file is not a ledger file
     * @throws IOException if the file cannot be read
     */
    public LedgerImport read(Path file) throws IOException {
        return read(file, ReadProgress.NONE);
    }

    /**
     * Reads a ledger file as {@link #read(Path)} does, and reports the progress of the (first) pass that
     * reads and checks it: after every item line, and once at the end with every byte read.
     *
     * @param file the file, not null
     * @param progress receives the progress, not null; {@link ReadProgress#NONE} to ignore it
     * @return the header, the ledger and the report
     * @throws LedgerFormatException if the file is not a ledger file
     * @throws IOException if the file cannot be read
     */
    public LedgerImport read(Path file, ReadProgress progress) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        String source = name(file);
        LedgerHeader header;
        long total = Files.size(file);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        try (JsonLinesCursor cursor = new JsonLinesCursor(counted, source, maxLineBytes)) {
            header = cursor.header();
            if (!header.grouped()) {
                return ungrouped(cursor, counted, total, progress);
            }
            Groups groups = new Groups(header, source, unreadableLimit);
            long items = 0;
            while (cursor.next()) {
                feed(cursor, groups);
                if (cursor.item() != null) {
                    progress.update(++items, counted.count(), total);
                }
            }
            groups.finish();
            progress.update(items, counted.count(), total);
            LedgerReport report = groups.report();
            long expected = groups.lifecycles();
            long accepted = report.accepted();
            Ledger ledger = Ledger.ofSupplier(header.enterprise(), header.period(),
                    () -> stream(file, source, expected, accepted)).withReport(report);
            return new LedgerImport(header, ledger, report);
        }
    }

    /**
     * Reads a ledger file from a stream into memory (grouped or not; a grouped one is checked as it is
     * read). The stream is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param source the name of the source for the report, for example the file name; not blank
     * @return the header, the in-memory ledger and the report
     * @throws LedgerFormatException if the stream is not a ledger file
     * @throws IOException if the stream cannot be read
     */
    public LedgerImport read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return read(new JsonLinesCursor(new NonClosing(in), source, maxLineBytes));
    }

    /**
     * Reads the records of a ledger file whose header line was read apart from them: a stream of the lines after
     * the header, read under the header given, into memory, exactly as {@link #read(InputStream, String)} reads the
     * whole file (the same validation and report; the first line of the stream is line 2, as in the file). For a
     * process that holds a file's header once and its records in many pieces, such as one item's lines keyed in a
     * stream processor. The stream is read to its end and not closed.
     *
     * @param header the header the records are read under, not null
     * @param records the lines after the header, not null
     * @param source the name of the source for the report, for example the file name; not blank
     * @return the header given, the in-memory ledger and the report
     * @throws IOException if the stream cannot be read
     */
    public LedgerImport read(LedgerHeader header, InputStream records, String source) throws IOException {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(source, "source");
        return read(new JsonLinesCursor(new NonClosing(records), source, maxLineBytes, header));
    }

    private LedgerImport read(JsonLinesCursor cursor) throws IOException {
        String source = cursor.source();
        LedgerHeader header = cursor.header();
        if (!header.grouped()) {
            return ungrouped(cursor, null, 0, ReadProgress.NONE);
        }
        Groups groups = new Groups(header, source, unreadableLimit);
        List<Lifecycle> lifecycles = new ArrayList<>();
        while (cursor.next()) {
            Lifecycle done = feed(cursor, groups);
            if (done != null) {
                lifecycles.add(done);
            }
        }
        Lifecycle last = groups.finish();
        if (last != null) {
            lifecycles.add(last);
        }
        LedgerReport report = groups.report();
        Ledger ledger = Ledger.of(header.enterprise(), header.period(), lifecycles).withReport(report);
        return new LedgerImport(header, ledger, report);
    }

    private LedgerImport ungrouped(JsonLinesCursor cursor, @Nullable CountingInputStream counted, long total,
            ReadProgress progress) throws IOException {
        LedgerHeader header = cursor.header();
        Ledger.Builder builder = Ledger.builder(header.enterprise(), header.period()).unreadableLimit(unreadableLimit);
        long items = 0;
        while (cursor.next()) {
            if (cursor.item() != null && counted != null) {
                progress.update(++items, counted.count(), total);
            }
            if (cursor.item() != null) {
                try {
                    builder.item(cursor.item());
                } catch (IllegalArgumentException e) {
                    builder.unreadable(Unreadable.of(cursor.source(), cursor.line(), "itemId",
                            cursor.item().id().value(), "an item with this id came before with other facts; an item"
                            + " id names one item"));
                }
            } else if (cursor.event() != null) {
                builder.event(cursor.event());
            } else {
                builder.unreadable(cursor.unreadable());
            }
        }
        if (counted != null) {
            progress.update(items, counted.count(), total);
        }
        Ledger.Result result = builder.build();
        return new LedgerImport(header, result.ledger(), result.report());
    }

    /**
     * Reads CSV trade records (RFC 4180, a header row of column names required; see
     * {@code docs/ledger-format.md}) into an in-memory ledger of an enterprise for a period. A file whose
     * header row cannot be read, names an unknown column or lacks a required one fails at once; a row that
     * cannot be read (too many or too few fields, a bad value, a quoted field never closed) is reported as
     * an unreadable record with the line it starts on. Every cell is read as text: a cell starting with
     * {@code =}, {@code +}, {@code -} or {@code @} is never a formula. An empty cell is a missing fact.
     *
     * @param file the file, not null
     * @param enterprise the enterprise whose records they are, not null
     * @param period the reporting period, not null
     * @return the import; its header is not grouped, not synthetic and declares no profile
     * @throws LedgerFormatException if the file has no valid header row
     * @throws IOException if the file cannot be read
     */
    public LedgerImport readTradeRecords(Path file, io.github.circularj.model.party.Enterprise enterprise,
            io.github.circularj.model.ReportingPeriod period) throws IOException {
        return readTradeRecords(file, enterprise, period, ReadProgress.NONE);
    }

    /**
     * Reads CSV trade records as {@link #readTradeRecords(Path, io.github.circularj.model.party.Enterprise,
     * io.github.circularj.model.ReportingPeriod)} does, and reports the progress: after every row, and once at
     * the end with every byte read.
     *
     * @param file the file, not null
     * @param enterprise the enterprise whose records they are, not null
     * @param period the reporting period, not null
     * @param progress receives the progress, not null; {@link ReadProgress#NONE} to ignore it
     * @return the import
     * @throws LedgerFormatException if the file has no valid header row
     * @throws IOException if the file cannot be read
     */
    public LedgerImport readTradeRecords(Path file, io.github.circularj.model.party.Enterprise enterprise,
            io.github.circularj.model.ReportingPeriod period, ReadProgress progress) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(progress, "progress");
        long total = Files.size(file);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file))) {
            long[] rows = {0};
            LedgerImport read = TradeRecords.read(in, name(file), enterprise, period, maxLineBytes, unreadableLimit,
                    () -> progress.update(++rows[0], in.count(), total));
            progress.update(rows[0], in.count(), total);
            return read;
        }
    }

    /**
     * Reads CSV trade records from a stream, as {@link #readTradeRecords(Path, io.github.circularj.model.party.Enterprise,
     * io.github.circularj.model.ReportingPeriod)} does; the stream is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param source the name of the source for the report, not blank
     * @param enterprise the enterprise whose records they are, not null
     * @param period the reporting period, not null
     * @return the import
     * @throws LedgerFormatException if the stream has no valid header row
     * @throws IOException if the stream cannot be read
     */
    public LedgerImport readTradeRecords(InputStream in, String source, io.github.circularj.model.party.Enterprise enterprise,
            io.github.circularj.model.ReportingPeriod period) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(period, "period");
        return TradeRecords.read(new NonClosing(in), source, enterprise, period, maxLineBytes, unreadableLimit, () -> { });
    }

    @Nullable
    private static Lifecycle feed(JsonLinesCursor cursor, Groups groups) {
        if (cursor.item() != null) {
            return groups.item(cursor.item(), cursor.line());
        }
        if (cursor.event() != null) {
            groups.event(cursor.event(), cursor.line());
        } else {
            groups.unreadable(cursor.unreadable());
        }
        return null;
    }

    /** One pass over a grouped file, one lifecycle at a time; checks that the file still holds what was read. */
    private Stream<Lifecycle> stream(Path file, String source, long expectedLifecycles, long expectedAccepted) {
        JsonLinesCursor cursor;
        try {
            cursor = new JsonLinesCursor(Files.newInputStream(file), source, maxLineBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again for a pass over its ledger", e);
        }
        Groups groups = new Groups(cursor.header(), source, 0);
        Iterator<Lifecycle> it = new Iterator<>() {
            @Nullable
            private Lifecycle next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    try {
                        if (cursor.next()) {
                            next = feed(cursor, groups);
                        } else {
                            next = groups.finish();
                            done = true;
                            cursor.close();
                            if (groups.lifecycles() != expectedLifecycles
                                    || groups.report().accepted() != expectedAccepted) {
                                throw new IllegalStateException(file + " changed since it was read: it now holds "
                                        + groups.lifecycles() + " items and " + groups.report().accepted()
                                        + " accepted events, not " + expectedLifecycles + " and " + expectedAccepted);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + file + " for a pass over its ledger", e);
                    }
                }
                return next != null;
            }

            @Override
            public Lifecycle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Lifecycle out = next;
                next = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        cursor.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Keeps a caller's stream open when the cursor is closed. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
