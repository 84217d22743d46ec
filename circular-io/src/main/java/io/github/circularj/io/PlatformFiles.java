package io.github.circularj.io;

import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes a platform operator's records as a Circular platform file: JSON Lines, UTF-8, a header line
 * ({@code "format": "circular-platform"}, version {@value #VERSION}, the platform operator, the reporting period,
 * the declared profile) and then one line per seller account ({@code "type": "SELLER"}), listing ({@code
 * "LISTING"}) and completed transaction ({@code "TRANSACTION"}). The fields are documented, with an example line
 * of each type, in {@code docs/platform-format.md}.
 *
 * <p>Reading invents nothing and loses nothing: a fact missing from a line is missing from the record (a seller
 * with no verification is unverified), every line that cannot be read becomes an {@link
 * io.github.circularj.model.lifecycle.UnreadableRecord} with its line number, field, value and reason, and the
 * records read go through {@link PlatformRecords#builder}, which refuses and reports duplicates, unknown sellers
 * and listings, and records dated before their origin. A file that is not a platform file (no header, another
 * format, an unknown version) fails at once with a {@link LedgerFormatException}.
 *
 * <p>The writer groups the lines by seller (the seller's line, its listings, then its transactions), sellers in
 * id order, says so in the header, and always writes the same bytes for the same records. A grouped file read from
 * a path streams, one seller at a time ({@link #read(Path)}); any other file, in any order, is read into memory.
 * The writer writes the records accepted: a refused record is in the report only (its kind, id and reason), so a
 * file read and written again no longer holds it, where a ledger file keeps its refused events with their items.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformFiles {

    /** The format's name in the header line: {@value}. */
    public static final String FORMAT = "circular-platform";

    /** The format's version this class reads and writes: {@value}. */
    public static final int VERSION = 1;

    /** A seller account's line type: {@value}. */
    static final String SELLER = "SELLER";
    /** A listing's line type: {@value}. */
    static final String LISTING = "LISTING";
    /** A completed transaction's line type: {@value}. */
    static final String TRANSACTION = "TRANSACTION";

    private static final JsonFactory JSON = JsonFactory.builder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PlatformFiles() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a platform file. A file whose header says {@code "grouped": true} (as the writer writes it) is read in
     * a pass that checks it and builds the report, and returned as records that stream from the file, one seller at a
     * time, on every pass ({@link PlatformRecords#ofSupplier}): the sellers must come in ascending id order, each
     * followed by its listings and then their transactions, and every line that breaks the grouping is reported.
     * Memory then holds one seller's records, and 8 to 16 bytes per listing and transaction id to find duplicate ids
     * across the file. Other files are read into memory. If the file changes between passes, the pass fails with an
     * {@link IllegalStateException}.
     *
     * @param file the file, not null
     * @return the header, the records and the report
     * @throws LedgerFormatException if the file is not a platform file
     * @throws IOException if the file cannot be read
     */
    public static PlatformImport read(Path file) throws IOException {
        return read(file, LongHashSet::hash);
    }

    /** Reads a file as {@link #read(Path)} does, with the hash of ids given (a test gives one that collides). */
    static PlatformImport read(Path file, ToLongFunction<String> hash) throws IOException {
        Objects.requireNonNull(file, "file");
        String source = LedgerReader.name(file);
        LedgerHeader header;
        try (Lines lines = new Lines(Files.newInputStream(file), source)) {
            header = lines.header;
            if (!header.grouped()) {
                return inMemory(lines);
            }
        }
        SellerGroups check = pass(file, source, SellerGroups.checking(header, source, Set.of(), hash));
        while (!check.suspects().isEmpty()) { // a hash met twice: decide those lines' ids exactly
            check = pass(file, source, check.verifying());
        }
        Set<Long> exempt = Set.copyOf(check.falsePositives());
        PlatformRecords.Report report = check.report();
        int sellers = check.sellers();
        Set<Long> exemptLines = exempt;
        PlatformRecords records = PlatformRecords.ofSupplier(header.enterprise(), header.period(), sellers,
                () -> stream(file, source, header, exemptLines, sellers, report.accepted(), hash));
        return new PlatformImport(header, new PlatformRecords.Result(records, report));
    }

    /**
     * Reads a platform file from a stream into memory, to its end; the stream is not closed.
     *
     * @param in the stream, not null
     * @param source the name of the source for the report, for example the file name; not blank
     * @return the header, the records and the report
     * @throws LedgerFormatException if the stream is not a platform file
     * @throws IOException if the stream cannot be read
     */
    public static PlatformImport read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Lines lines = new Lines(in, source);
        return inMemory(lines);
    }

    private static PlatformImport inMemory(Lines lines) throws IOException {
        PlatformRecords.Builder builder = PlatformRecords.builder(lines.header.enterprise(), lines.header.period());
        while (lines.next()) {
            if (lines.unreadable != null) {
                builder.unreadable(lines.unreadable);
            } else if (lines.record instanceof SellerAccount a) {
                builder.seller(a);
            } else if (lines.record instanceof PlatformListing l) {
                builder.listing(l);
            } else {
                builder.transaction((PlatformTransaction) lines.record);
            }
        }
        return new PlatformImport(lines.header, builder.build());
    }

    /** Feeds one line to the groups; returns the activity of a seller the line closes, if any. */
    @Nullable
    private static SellerActivity feed(Lines lines, SellerGroups groups) {
        if (lines.unreadable != null) {
            groups.unreadable(lines.unreadable);
            return null;
        }
        long line = lines.source.lineNumber();
        if (lines.record instanceof SellerAccount a) {
            return groups.seller(a, line);
        }
        if (lines.record instanceof PlatformListing l) {
            groups.listing(l, line);
        } else {
            groups.transaction((PlatformTransaction) lines.record, line);
        }
        return null;
    }

    /** One whole pass over a grouped file: the groups' report, suspects and sellers. */
    private static SellerGroups pass(Path file, String source, SellerGroups groups) throws IOException {
        try (Lines lines = new Lines(Files.newInputStream(file), source)) {
            while (lines.next()) {
                feed(lines, groups);
            }
            groups.finish();
        }
        return groups;
    }

    /** The sellers of a grouped file, read afresh, one seller at a time. */
    private static Stream<SellerActivity> stream(Path file, String source, LedgerHeader header, Set<Long> exempt,
            int expectedSellers, long expectedAccepted, ToLongFunction<String> hash) {
        Lines lines;
        try {
            lines = new Lines(Files.newInputStream(file), source);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read it again", e);
        }
        SellerGroups groups = SellerGroups.checking(header, source, exempt, hash);
        Iterator<SellerActivity> it = new Iterator<>() {
            @Nullable
            private SellerActivity next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    try {
                        if (lines.next()) {
                            next = feed(lines, groups);
                        } else {
                            next = groups.finish();
                            done = true;
                            lines.close();
                            if (groups.sellers() != expectedSellers || groups.report().accepted() != expectedAccepted) {
                                throw new IllegalStateException(file + " changed since it was read: it now holds "
                                        + groups.sellers() + " sellers and " + groups.report().accepted()
                                        + " records accepted, not " + expectedSellers + " and " + expectedAccepted);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": cannot read it again", e);
                    }
                }
                return next != null;
            }

            @Override
            public SellerActivity next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SellerActivity out = next;
                next = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The lines of a platform file after its header: each a record, or an unreadable record. */
    private static final class Lines implements java.io.Closeable {
        private final LineSource source;
        private final String name;
        private final JsonRecords json = new JsonRecords();
        private final Fields fields = new Fields(false);
        private final RecordDecoder decoder = new RecordDecoder();
        private final LedgerHeader header;
        @Nullable
        private Object record;
        @Nullable
        private UnreadableRecord unreadable;

        Lines(InputStream in, String name) throws IOException {
            this.source = new LineSource(in, LedgerReader.DEFAULT_MAX_LINE_BYTES);
            this.name = name;
            try {
                this.header = header(source, json, fields, decoder, name);
            } catch (IOException | RuntimeException e) {
                source.close();
                throw e;
            }
        }

        /** Moves to the next record, passing over blank lines; false at the end. */
        boolean next() throws IOException {
            record = null;
            unreadable = null;
            while (true) {
                LineSource.Status status = source.next();
                if (status == LineSource.Status.END) {
                    return false;
                }
                if (status == LineSource.Status.TOO_LONG) {
                    unreadable = Unreadable.tooLong(name, source.lineNumber(), source.skippedBytes(),
                            LedgerReader.DEFAULT_MAX_LINE_BYTES);
                    return true;
                }
                if (source.blank()) {
                    continue;
                }
                try {
                    json.parse(source.buffer(), source.start(), source.length(), fields);
                    record = record(fields, decoder);
                } catch (BadRecord bad) {
                    if (!source.terminated() && bad.field() == null) {
                        bad = new BadRecord(null, null, "the last line has no line end and is not a complete record"
                                + " (the file may be cut short): " + bad.getMessage());
                    }
                    unreadable = Unreadable.of(name, source.lineNumber(), bad);
                }
                return true;
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private static LedgerHeader header(LineSource lines, JsonRecords json, Fields fields, RecordDecoder decoder,
            String source) throws IOException {
        String expected = "a Circular platform file starts with {\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",...}";
        LineSource.Status status = lines.next();
        if (status != LineSource.Status.LINE) {
            throw new LedgerFormatException(source, 1, (status == LineSource.Status.END ? "the file is empty"
                    : "the first line is longer than " + LedgerReader.DEFAULT_MAX_LINE_BYTES + " bytes") + "; " + expected);
        }
        try {
            json.parse(lines.buffer(), lines.start(), lines.length(), fields);
            String format = fields.optionalText("format");
            if (format == null) {
                throw new LedgerFormatException(source, 1, "the first line has no \"format\" field; " + expected);
            }
            if (!format.equals(FORMAT)) {
                throw new LedgerFormatException(source, 1, "format \"" + JsonRecords.plain(format) + "\" is not \""
                        + FORMAT + "\"; this reader reads Circular platform files only");
            }
            long version = fields.integer("version");
            if (version != VERSION) {
                throw new LedgerFormatException(source, 1, "format version " + version + " is unknown; this reader"
                        + " reads version " + VERSION + " of the Circular platform format");
            }
            LedgerHeader h = decoder.header(fields);
            fields.requireAllUsed("the header");
            return h;
        } catch (BadRecord e) {
            throw new LedgerFormatException(source, 1, "the header is not valid: "
                    + (e.field() == null ? "" : "field \"" + e.field() + "\": ") + e.getMessage() + "; " + expected);
        }
    }

    private static Object record(Fields f, RecordDecoder decoder) throws BadRecord {
        if (f.has("format")) {
            throw new BadRecord("format", f.optionalText("format"), "a second header line; the header is the first"
                    + " line of the file only");
        }
        String type = f.text("type");
        Object record = switch (type) {
            case SELLER -> seller(f);
            case LISTING -> listing(f, decoder);
            case TRANSACTION -> transaction(f, decoder);
            default -> throw new BadRecord("type", type, "the type is not one of " + SELLER + ", " + LISTING + ", "
                    + TRANSACTION + " (a platform file holds no items or lifecycle events)");
        };
        f.requireAllUsed(switch (type) {
            case SELLER -> "a seller";
            case LISTING -> "a listing";
            default -> "a transaction";
        });
        return record;
    }

    @Nullable
    private static SellerCheck check(Fields f, String reference, String at) throws BadRecord {
        String ref = f.optionalText(reference);
        Instant when = f.optionalInstant(at);
        if (ref == null && when == null) {
            return null;
        }
        if (ref == null || when == null) {
            throw ref == null ? Fields.missing(reference) : Fields.missing(at);
        }
        return RecordDecoder.model(reference, ref, () -> SellerCheck.of(ref, when));
    }

    private static SellerAccount seller(Fields f) throws BadRecord {
        String id = f.text("sellerId");
        SellerKind kind = f.constant("kind", SellerKind.class);
        Instant opened = f.instant("openedAt");
        SellerCheck verification = check(f, "verificationReference", "verifiedAt");
        List<Fields> rechecks = f.records("rechecks");
        SellerCheck[] again = new SellerCheck[rechecks.size()];
        for (int i = 0; i < again.length; i++) {
            Fields r = rechecks.get(i);
            String ref = r.text("reference");
            Instant at = r.instant("at");
            again[i] = RecordDecoder.model("rechecks", ref, () -> SellerCheck.of(ref, at));
            r.requireAllUsed("a re-check");
        }
        Boolean licence = f.optionalBool("licenceDisplayed");
        SellerCheck registration = check(f, "operatorRegistrationReference", "operatorRegisteredAt");
        Instant suspended = f.optionalInstant("suspendedAt");
        return RecordDecoder.model("sellerId", id, () -> {
            SellerAccount.Builder b = SellerAccount.builder(id, kind, opened);
            if (verification != null) {
                b.verified(verification);
            }
            for (SellerCheck c : again) {
                b.recheck(c);
            }
            if (licence != null && licence) {
                b.licenceDisplayed();
            }
            if (registration != null) {
                b.operatorRegistration(registration);
            }
            if (suspended != null) {
                b.suspendedAt(suspended);
            }
            return b.build();
        });
    }

    private static PlatformListing listing(Fields f, RecordDecoder decoder) throws BadRecord {
        String id = f.text("listingId");
        String seller = f.text("sellerId");
        Category category = decoder.category(f);
        Instant listed = f.instant("listedAt");
        List<Fields> flagFields = f.records("flags");
        ListingFlag[] flags = new ListingFlag[flagFields.size()];
        for (int i = 0; i < flags.length; i++) {
            Fields r = flagFields.get(i);
            flags[i] = ListingFlag.of(r.instant("at"), r.constant("source", ListingFlag.Source.class),
                    r.constant("reason", FlagReason.class));
            r.requireAllUsed("a flag");
        }
        List<Fields> actionFields = f.records("actions");
        PlatformAction[] actions = new PlatformAction[actionFields.size()];
        for (int i = 0; i < actions.length; i++) {
            Fields r = actionFields.get(i);
            actions[i] = PlatformAction.of(r.constant("action", PlatformAction.Type.class), r.instant("at"));
            r.requireAllUsed("an action");
        }
        return RecordDecoder.model("listingId", id, () -> {
            PlatformListing l = PlatformListing.of(id, seller, category, listed);
            for (ListingFlag flag : flags) {
                l = l.withFlag(flag);
            }
            for (PlatformAction action : actions) {
                l = l.withAction(action);
            }
            return l;
        });
    }

    private static PlatformTransaction transaction(Fields f, RecordDecoder decoder) throws BadRecord {
        String id = f.text("transactionId");
        String listing = f.text("listingId");
        String buyer = f.text("buyer");
        BuyerReference reference = RecordDecoder.model("buyer", buyer, () -> BuyerReference.of(buyer));
        Instant completed = f.instant("completedAt");
        Money amount = decoder.money(f, "amount");
        LocalDate retained = f.optionalDate("retainedUntil");
        return RecordDecoder.model("transactionId", id, () -> {
            PlatformTransaction t = PlatformTransaction.of(id, listing, reference, completed, amount);
            return retained == null ? t : t.retainedUntil(retained);
        });
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a platform's records as a platform file to a stream, which is flushed and not closed. Only the records
     * accepted are written; the refused ones are in their {@link PlatformRecords.Report}, not in the records.
     *
     * @param records the records, not null
     * @param synthetic whether the data is synthetic (the header says so, and so does every report of it)
     * @param profile the platform's declared profile, if any
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public static void write(PlatformRecords records, boolean synthetic, Optional<EnterpriseProfile> profile,
            OutputStream out) throws IOException {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(out, "out");
        LedgerHeader header = new LedgerHeader(records.platform(), records.period(), true, synthetic, profile);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
                Stream<SellerActivity> sellers = records.sellers()) {
            JsonLineSink sink = new JsonLineSink(g);
            line(g, () -> RecordEncoder.header(header, FORMAT, VERSION, sink));
            for (SellerActivity a : (Iterable<SellerActivity>) sellers::iterator) {
                line(g, () -> seller(a.account(), sink));
                for (PlatformListing l : a.listings()) {
                    line(g, () -> listing(l, sink));
                }
                for (PlatformTransaction t : a.transactions()) {
                    line(g, () -> transaction(t, sink));
                }
            }
            g.flush();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * Writes a platform's records as a platform file to a path, replacing it.
     *
     * @param records the records, not null
     * @param synthetic whether the data is synthetic
     * @param profile the platform's declared profile, if any
     * @param file the file, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(PlatformRecords records, boolean synthetic, Optional<EnterpriseProfile> profile, Path file)
            throws IOException {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(records, synthetic, profile, out);
        }
    }

    private static void line(JsonGenerator g, Runnable fields) {
        g.writeStartObject();
        fields.run();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void seller(SellerAccount a, FieldSink out) {
        out.text("type", SELLER);
        out.text("sellerId", a.id());
        out.text("kind", a.kind().name());
        out.text("openedAt", RecordEncoder.instant(a.openedAt()));
        a.verification().ifPresent(c -> {
            out.text("verificationReference", c.reference());
            out.text("verifiedAt", RecordEncoder.instant(c.at()));
        });
        if (!a.rechecks().isEmpty()) {
            out.startRecords("rechecks");
            for (SellerCheck c : a.rechecks()) {
                out.startRecord();
                out.text("reference", c.reference());
                out.text("at", RecordEncoder.instant(c.at()));
                out.endRecord();
            }
            out.endRecords();
        }
        if (a.isLicenceDisplayed()) {
            out.bool("licenceDisplayed", true);
        }
        a.operatorRegistration().ifPresent(c -> {
            out.text("operatorRegistrationReference", c.reference());
            out.text("operatorRegisteredAt", RecordEncoder.instant(c.at()));
        });
        a.suspendedAt().ifPresent(at -> out.text("suspendedAt", RecordEncoder.instant(at)));
    }

    private static void listing(PlatformListing l, FieldSink out) {
        out.text("type", LISTING);
        out.text("listingId", l.id());
        out.text("sellerId", l.sellerId());
        RecordEncoder.category(l.category(), out);
        out.text("listedAt", RecordEncoder.instant(l.listedAt()));
        if (!l.flags().isEmpty()) {
            out.startRecords("flags");
            for (ListingFlag flag : l.flags()) {
                out.startRecord();
                out.text("at", RecordEncoder.instant(flag.at()));
                out.text("source", flag.source().name());
                out.text("reason", flag.reason().name());
                out.endRecord();
            }
            out.endRecords();
        }
        if (!l.actions().isEmpty()) {
            out.startRecords("actions");
            for (PlatformAction action : l.actions()) {
                out.startRecord();
                out.text("action", action.type().name());
                out.text("at", RecordEncoder.instant(action.at()));
                out.endRecord();
            }
            out.endRecords();
        }
    }

    private static void transaction(PlatformTransaction t, FieldSink out) {
        out.text("type", TRANSACTION);
        out.text("transactionId", t.id());
        out.text("listingId", t.listingId());
        out.text("buyer", t.buyer().value());
        out.text("completedAt", RecordEncoder.instant(t.completedAt()));
        out.text("amount", t.amount().amount().toPlainString());
        out.text("currency", t.amount().currency().getCurrencyCode());
        t.retainedUntil().ifPresent(d -> out.text("retainedUntil", d.toString()));
    }
}
