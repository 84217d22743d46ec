package io.github.circularj.io;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.product.ItemId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link Ledger} as a Circular ledger file (JSON Lines) or as CSV trade records, in the formats
 * of {@code docs/ledger-format.md}.
 *
 * <p>A ledger file is written grouped: the header line, then for each lifecycle, in the ledger's order,
 * its item line followed by its events in history order. Grouping needs the items in ascending item id
 * order, which an in-memory ledger always has; a streaming ledger whose items come in another order is
 * refused when the first item out of order is met. The same ledger always gives the same bytes: fields
 * in a fixed order, instants in UTC, no time or machine in the output.
 *
 * <p>What is written is the ledger's histories and, after each item's accepted events, the events refused
 * for that item, which its lifecycle carries ({@link Lifecycle#refused()}): reading the file refuses them again, so a
 * refused submission (a sale of a quarantined item, say) is not lost between a read and a write. Events
 * refused for an item the ledger does not hold, and lines that could not be read, have no item line to
 * follow and are not written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final LedgerWriter DEFAULTS = new LedgerWriter(false, null);

    private final boolean synthetic;
    @Nullable
    private final EnterpriseProfile profile;

    private LedgerWriter(boolean synthetic, @Nullable EnterpriseProfile profile) {
        this.synthetic = synthetic;
        this.profile = profile;
    }

    /**
     * Returns a writer of files that are not marked synthetic and declare no profile.
     *
     * @return the writer
     */
    public static LedgerWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a writer whose ledger files say in their header whether they hold synthetic data.
     *
     * @param isSynthetic true for synthetic data
     * @return the writer
     */
    public LedgerWriter withSynthetic(boolean isSynthetic) {
        return new LedgerWriter(isSynthetic, profile);
    }

    /**
     * Returns a writer whose ledger files declare the enterprise's profile in their header.
     *
     * @param declared the profile, not null
     * @return the writer
     */
    public LedgerWriter withProfile(EnterpriseProfile declared) {
        return new LedgerWriter(synthetic, Objects.requireNonNull(declared, "profile"));
    }

    /**
     * Returns the header this writer writes for a ledger.
     *
     * @param ledger the ledger, not null
     * @return the header: the ledger's enterprise and period, grouped, and this writer's flags
     */
    public LedgerHeader headerFor(Ledger ledger) {
        return new LedgerHeader(ledger.enterprise(), ledger.period(), true, synthetic, Optional.ofNullable(profile));
    }

    /**
     * Writes a ledger file to a path, replacing it.
     *
     * @param ledger the ledger, not null
     * @param file the file, not null
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a streaming ledger's items are not in ascending id order
     */
    public void writeJsonLines(Ledger ledger, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeJsonLines(ledger, out);
        }
    }

    /**
     * Writes a ledger file to a stream, which is flushed and left open.
     *
     * @param ledger the ledger, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if a streaming ledger's items are not in ascending id order
     */
    public void writeJsonLines(Ledger ledger, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
                Stream<Lifecycle> lifecycles = ledger.lifecycles()) {
            JsonLineSink sink = new JsonLineSink(g);
            g.writeStartObject();
            RecordEncoder.header(headerFor(ledger), sink);
            g.writeEndObject();
            g.writeRaw('\n');
            ItemId previous = null;
            Iterator<Lifecycle> it = lifecycles.iterator();
            while (it.hasNext()) {
                Lifecycle lifecycle = it.next();
                previous = ascending(previous, lifecycle.itemId());
                g.writeStartObject();
                RecordEncoder.item(lifecycle.item(), sink);
                g.writeEndObject();
                g.writeRaw('\n');
                for (LifecycleEvent event : lifecycle.events()) {
                    g.writeStartObject();
                    RecordEncoder.event(event, sink);
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
                for (RejectedEvent refused : lifecycle.refused()) {
                    g.writeStartObject();
                    RecordEncoder.event(refused.event(), sink);
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
            }
            g.flush();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /**
     * Writes a ledger as CSV trade records to a path, replacing it.
     *
     * @param ledger the ledger, not null
     * @param file the file, not null
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a history does not fit the trade-record columns (see
     *     {@link #writeTradeRecords(Ledger, OutputStream)})
     */
    public void writeTradeRecords(Ledger ledger, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTradeRecords(ledger, out);
        }
    }

    /**
     * Writes a ledger as CSV trade records (RFC 4180, CR LF line ends, a header row of every column), one
     * row per buy-in, to a stream, which is flushed and left open. Trade records hold only what a dealer's
     * buy-in-to-sale cycle holds, so a history must fit them: each buy-in starts with a collection whose id
     * is a record id followed by {@code -collected}; it is followed only by at most one inspection, erasure,
     * listing and sale, with ids of the record id followed by {@code -inspected}, {@code -erased},
     * {@code -listed}, {@code -sold}, all by one actor, with one currency and built-in grading scales; the
     * item has a built-in category, at most one IMEI, VIN and serial number in that order, and no material
     * composition, design lifetime or use intensity. Anything else is refused rather than left out.
     *
     * @param ledger the ledger, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if a history does not fit the trade-record columns; the message names
     *     the item and the fact
     */
    public void writeTradeRecords(Ledger ledger, OutputStream out) throws IOException {
        TradeRecords.write(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(out, "out"));
    }

    static ItemId ascending(@Nullable ItemId previous, ItemId next) {
        if (previous != null && previous.compareTo(next) >= 0) {
            throw new IllegalArgumentException("item id \"" + next + "\" comes after item id \"" + previous
                    + "\" in the ledger; a grouped file lists items in ascending id order, so write an in-memory"
                    + " ledger (Ledger.of sorts by id) or stream the items in id order");
        }
        return next;
    }
}
