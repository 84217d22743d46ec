package io.github.circularj.io;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.product.Item;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Nullable;

/**
 * Reads a ledger file record by record: the header first (a bad header throws
 * {@link LedgerFormatException}), then for each non-blank line either an item, an event or an unreadable
 * record. Not thread-safe.
 */
final class JsonLinesCursor implements Closeable {

    private final LineSource lines;
    private final String source;
    private final int maxLineBytes;
    private final JsonRecords json = new JsonRecords();
    private final Fields fields = new Fields(false);
    private final RecordDecoder decoder = new RecordDecoder();
    private final LedgerHeader header;
    @Nullable
    private Item item;
    @Nullable
    private LifecycleEvent event;
    @Nullable
    private UnreadableRecord unreadable;

    JsonLinesCursor(InputStream in, String source, int maxLineBytes) throws IOException {
        this.lines = new LineSource(in, maxLineBytes);
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        try {
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** A cursor over the lines after a header read elsewhere: the first line is line 2. */
    JsonLinesCursor(InputStream in, String source, int maxLineBytes, LedgerHeader header) throws IOException {
        this.lines = new LineSource(in, maxLineBytes, 1);
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.header = header;
    }

    private LedgerHeader readHeader() throws IOException {
        LineSource.Status status = lines.next();
        if (status == LineSource.Status.END) {
            throw new LedgerFormatException(source, 1, "the file is empty; a Circular ledger file starts with its"
                    + " header line, {\"format\":\"" + LedgerHeader.FORMAT + "\",\"version\":" + LedgerHeader.VERSION + ",...}");
        }
        if (status == LineSource.Status.TOO_LONG) {
            throw new LedgerFormatException(source, 1, "the first line has " + lines.skippedBytes()
                    + " bytes, more than the limit of " + maxLineBytes + "; it is not a ledger header");
        }
        try {
            json.parse(lines.buffer(), lines.start(), lines.length(), fields);
        } catch (BadRecord e) {
            throw new LedgerFormatException(source, 1, "the first line is not a ledger header: " + e.getMessage()
                    + "; a Circular ledger file starts with {\"format\":\"" + LedgerHeader.FORMAT + "\",...}");
        }
        try {
            String format = fields.optionalText("format");
            if (format == null) {
                throw new LedgerFormatException(source, 1, "the first line has no \"format\" field, so it is not a"
                        + " ledger header; a Circular ledger file starts with {\"format\":\"" + LedgerHeader.FORMAT
                        + "\",\"version\":" + LedgerHeader.VERSION + ",...}");
            }
            if (!format.equals(LedgerHeader.FORMAT)) {
                throw new LedgerFormatException(source, 1, "format \"" + JsonRecords.plain(format) + "\" is not \""
                        + LedgerHeader.FORMAT + "\"; this reader reads Circular ledger files only");
            }
            long version = fields.integer("version");
            if (version != LedgerHeader.VERSION) {
                throw new LedgerFormatException(source, 1, "format version " + version + " is unknown; this reader"
                        + " reads version " + LedgerHeader.VERSION + " of the Circular ledger format");
            }
            LedgerHeader h = decoder.header(fields);
            fields.requireAllUsed("the header");
            return h;
        } catch (BadRecord e) {
            throw new LedgerFormatException(source, 1, "the header is not valid: "
                    + (e.field() == null ? "" : "field \"" + e.field() + "\": ") + e.getMessage());
        }
    }

    LedgerHeader header() {
        return header;
    }

    String source() {
        return source;
    }

    long line() {
        return lines.lineNumber();
    }

    @Nullable
    Item item() {
        return item;
    }

    @Nullable
    LifecycleEvent event() {
        return event;
    }

    @Nullable
    UnreadableRecord unreadable() {
        return unreadable;
    }

    /** Moves to the next record, skipping blank lines; false at the end of the file. */
    boolean next() throws IOException {
        item = null;
        event = null;
        unreadable = null;
        while (true) {
            LineSource.Status status = lines.next();
            if (status == LineSource.Status.END) {
                return false;
            }
            if (status == LineSource.Status.TOO_LONG) {
                unreadable = Unreadable.tooLong(source, lines.lineNumber(), lines.skippedBytes(), maxLineBytes);
                return true;
            }
            if (lines.blank()) {
                continue; // a blank line holds no record: nothing is lost by passing over it
            }
            try {
                read();
            } catch (BadRecord bad) {
                if (!lines.terminated() && bad.field() == null) {
                    bad = new BadRecord(null, null, "the last line has no line end and is not a complete record (the"
                            + " file may be cut short): " + bad.getMessage());
                }
                unreadable = Unreadable.of(source, lines.lineNumber(), bad);
            }
            return true;
        }
    }

    private void read() throws BadRecord {
        json.parse(lines.buffer(), lines.start(), lines.length(), fields);
        if (fields.has("format")) {
            throw new BadRecord("format", fields.optionalText("format"), "a second header line; the header is the"
                    + " first line of the file only");
        }
        String type = fields.text("type");
        if (type.equals(RecordDecoder.ITEM)) {
            Item read = decoder.item(fields);
            fields.requireAllUsed("an item");
            item = read;
        } else {
            EventType eventType = RecordDecoder.eventType(type);
            event = decoder.event(eventType, fields);
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
