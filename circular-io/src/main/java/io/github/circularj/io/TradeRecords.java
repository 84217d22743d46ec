package io.github.circularj.io;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.product.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * CSV trade records: one row per buy-in-to-sale cycle of one item, with the columns of
 * {@code docs/ledger-format.md}. A row becomes an item and up to five events (collected, inspected, data
 * erased, listed, sold), each present when its time column is filled in; their fields are turned into the
 * ledger format's fields and built by {@link RecordDecoder}, and taken apart by {@link RecordEncoder} when
 * written, so the two formats cannot drift apart. Event ids are the row's {@code record_id} with a suffix
 * per event ({@code -collected}, {@code -inspected}, {@code -erased}, {@code -listed}, {@code -sold}).
 */
final class TradeRecords {

    /** One column: its name, the event it belongs to (null for the item and the row), the format's field. */
    private record Column(String name, @Nullable EventType event, String field) {
    }

    private static final List<Column> COLUMNS = new ArrayList<>();
    private static final Map<String, Column> BY_NAME = new HashMap<>();
    private static final Map<EventType, String> AT = new LinkedHashMap<>();
    private static final Map<EventType, String> SUFFIX = new LinkedHashMap<>();

    static final String RECORD_ID = "record_id";
    static final List<String> REQUIRED = List.of(RECORD_ID, "item_id", "category", "brand", "model", "actor",
            "bought_in_at", "intake_channel");

    static {
        row(null, RECORD_ID, "", "item_id", "itemId", "category", "category", "brand", "brand", "model", "model",
                "imei", "IMEI", "vin", "VIN", "serial_number", "SERIAL", "manufacture_date", "manufactureDate",
                "actor", "actor", "actor_credit_code", "actorCreditCode", "currency", "currency");
        row(EventType.COLLECTED, "bought_in_at", "at", "intake_channel", "channel", "seller_kind", "sellerKind",
                "seller_name", "sellerName", "seller_credit_code", "sellerCreditCode",
                "seller_verification_reference", "sellerVerificationReference",
                "seller_verification_method", "sellerVerificationMethod", "seller_verified_at", "sellerVerifiedAt",
                "source_site", "sourceSite", "source_verification_method", "sourceVerificationMethod",
                "source_reference", "sourceReference");
        row(EventType.INSPECTED, "inspected_at", "at", "grading_scale", "gradingScale", "grade", "grade",
                "inspector", "inspector", "inspection_report", "reportReference", "defects", "defects");
        row(EventType.DATA_ERASED, "erased_at", "at", "erasure_method", "method", "erasure_passes", "passes",
                "erasure_medium", "medium", "erasure_tool", "tool", "erasure_tool_version", "toolVersion",
                "erasure_certificate", "certificate", "erasure_verified", "verified");
        row(EventType.LISTED, "listed_at", "at", "listing_channel", "channel", "asking_price", "askingPrice",
                "listing_disclosures", "disclosures", "listing_return_policy", "returnPolicy",
                "listing_return_confirmation", "returnConfirmation");
        row(EventType.SOLD, "sold_at", "at", "price", "price", "sale_channel", "channel", "remote", "remote",
                "buyer_kind", "buyerKind", "buyer_name", "buyerName", "buyer_credit_code", "buyerCreditCode",
                "buyer_verification_reference", "buyerVerificationReference",
                "buyer_verification_method", "buyerVerificationMethod", "buyer_verified_at", "buyerVerifiedAt",
                "sale_return_policy", "returnPolicy", "sale_return_confirmation", "returnConfirmation",
                "warranty_months", "warrantyMonths", "warranty_kilometres", "warrantyKilometres",
                "subsidy", "subsidy", "sale_disclosures", "disclosures");
        SUFFIX.put(EventType.COLLECTED, "-collected");
        SUFFIX.put(EventType.INSPECTED, "-inspected");
        SUFFIX.put(EventType.DATA_ERASED, "-erased");
        SUFFIX.put(EventType.LISTED, "-listed");
        SUFFIX.put(EventType.SOLD, "-sold");
    }

    private static void row(@Nullable EventType event, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Column c = new Column(pairs[i], event, pairs[i + 1]);
            COLUMNS.add(c);
            BY_NAME.put(c.name(), c);
            if (event != null && c.field().equals("at")) {
                AT.put(event, c.name());
            }
        }
    }

    private TradeRecords() {
    }

    /** The column names, in the order they are written. */
    static List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (Column c : COLUMNS) {
            names.add(c.name());
        }
        return names;
    }

    // ------------------------------------------------------------------------------------- reading

    static LedgerImport read(InputStream in, String source, Enterprise enterprise, ReportingPeriod period,
            int maxRecordChars, int unreadableLimit, Runnable afterRow) throws IOException {
        Ledger.Builder builder = Ledger.builder(enterprise, period).unreadableLimit(unreadableLimit);
        RecordDecoder decoder = new RecordDecoder();
        try (CsvRows rows = new CsvRows(in, maxRecordChars)) {
            CsvRows.Status status = rows.next();
            if (status != CsvRows.Status.ROW) {
                throw new LedgerFormatException(source, Math.max(1, rows.rowLine()), status == CsvRows.Status.END
                        ? "the file is empty; a trade-record file starts with its header row of column names"
                        : "the header row cannot be read: " + rows.problem());
            }
            List<Column> header = header(rows.row(), source);
            while ((status = rows.next()) != CsvRows.Status.END) {
                afterRow.run();
                long line = rows.rowLine();
                if (status == CsvRows.Status.BAD) {
                    builder.unreadable(Unreadable.of(source, line, null, null, rows.problem()));
                    continue;
                }
                List<String> cells = rows.row();
                if (cells.size() != header.size()) {
                    builder.unreadable(Unreadable.of(source, line, null, null, "the row has " + cells.size()
                            + " fields; the header has " + header.size()));
                    continue;
                }
                try {
                    Item item = rowItem(decoder, header, cells);
                    List<LifecycleEvent> events = rowEvents(decoder, header, cells);
                    try {
                        builder.item(item);
                    } catch (IllegalArgumentException e) {
                        throw new BadRecord("item_id", item.id().value(), "an item with this id came in an earlier"
                                + " row with other facts (brand, model, category or identifiers); an item id names one item");
                    }
                    builder.events(events);
                } catch (BadRecord bad) {
                    builder.unreadable(Unreadable.of(source, line, bad.field(), bad.value(), bad.getMessage()));
                }
            }
        }
        Ledger.Result result = builder.build();
        return new LedgerImport(new LedgerHeader(enterprise, period, false, false, java.util.Optional.empty()),
                result.ledger(), result.report());
    }

    private static List<Column> header(List<String> names, String source) throws LedgerFormatException {
        List<Column> header = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            Column c = BY_NAME.get(n);
            if (c == null) {
                throw new LedgerFormatException(source, 1, "column \"" + JsonRecords.plain(name) + "\" is not a"
                        + " trade-record column; the columns are " + columnNames());
            }
            if (header.contains(c)) {
                throw new LedgerFormatException(source, 1, "column \"" + n + "\" appears twice in the header row");
            }
            header.add(c);
        }
        for (String required : REQUIRED) {
            if (!header.contains(BY_NAME.get(required))) {
                throw new LedgerFormatException(source, 1, "the header row has no column \"" + required
                        + "\"; a trade-record file has at least the columns " + REQUIRED);
            }
        }
        return header;
    }

    /** Builds the fields of one event (or of the item, for a null event) from a row and decodes them. */
    private static Fields fields(List<Column> header, List<String> cells, @Nullable EventType event) throws BadRecord {
        Fields f = new Fields(true);
        for (int i = 0; i < header.size(); i++) {
            Column c = header.get(i);
            String cell = cells.get(i);
            if (c.event() == event && c.event() != null) {
                f.put(c.field(), Fields.Kind.TEXT, cell);
            }
        }
        return f;
    }

    @Nullable
    private static String cell(List<Column> header, List<String> cells, String name) {
        int i = header.indexOf(BY_NAME.get(name));
        return i < 0 || cells.get(i).isEmpty() ? null : cells.get(i);
    }

    private static Item rowItem(RecordDecoder decoder, List<Column> header, List<String> cells) throws BadRecord {
        Fields f = new Fields(true);
        List<Fields> identifiers = new ArrayList<>();
        for (String name : List.of("item_id", "category", "brand", "model", "manufacture_date")) {
            String value = cell(header, cells, name);
            if (value != null) {
                f.put(BY_NAME.get(name).field(), Fields.Kind.TEXT, value);
            }
        }
        for (String name : List.of("imei", "vin", "serial_number")) {
            String value = cell(header, cells, name);
            if (value != null) {
                Fields id = new Fields(true);
                id.put("kind", Fields.Kind.TEXT, BY_NAME.get(name).field());
                id.put("value", Fields.Kind.TEXT, value);
                identifiers.add(id);
            }
        }
        if (!identifiers.isEmpty()) {
            f.put("identifiers", Fields.Kind.RECORDS, identifiers);
        }
        try {
            Item item = decoder.item(f);
            f.requireAllUsed("an item");
            return item;
        } catch (BadRecord bad) {
            throw column(bad, null);
        }
    }

    private static List<LifecycleEvent> rowEvents(RecordDecoder decoder, List<Column> header, List<String> cells) throws BadRecord {
        String record = cell(header, cells, RECORD_ID);
        if (record == null) {
            throw new BadRecord(RECORD_ID, null, "the column is required and empty");
        }
        List<LifecycleEvent> events = new ArrayList<>();
        for (Map.Entry<EventType, String> at : AT.entrySet()) {
            EventType type = at.getKey();
            Fields f = fields(header, cells, type);
            if (cell(header, cells, at.getValue()) == null) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).event() == type && !cells.get(i).isEmpty()) {
                        throw new BadRecord(header.get(i).name(), cells.get(i), "the column is filled in but "
                                + at.getValue() + " is empty: a fact of an event that is not recorded");
                    }
                }
                continue;
            }
            f.put("id", Fields.Kind.TEXT, record + SUFFIX.get(type));
            f.put("itemId", Fields.Kind.TEXT, String.valueOf(cell(header, cells, "item_id")));
            for (String common : List.of("actor", "actor_credit_code")) {
                String value = cell(header, cells, common);
                if (value != null) {
                    f.put(BY_NAME.get(common).field(), Fields.Kind.TEXT, value);
                }
            }
            if (type == EventType.LISTED || type == EventType.SOLD) {
                String currency = cell(header, cells, "currency");
                if (currency != null) {
                    f.put("currency", Fields.Kind.TEXT, currency);
                }
            }
            try {
                events.add(decoder.event(type, f));
            } catch (BadRecord bad) {
                throw column(bad, type);
            }
        }
        return events;
    }

    /** Names the column of a field the decoder refused. */
    private static BadRecord column(BadRecord bad, @Nullable EventType event) {
        String field = bad.field();
        if (field == null) {
            return bad;
        }
        for (Column c : COLUMNS) {
            if (c.field().equals(field) && (c.event() == event || c.event() == null)) {
                return new BadRecord(c.name(), bad.value(), bad.getMessage());
            }
        }
        if (field.equals("identifiers")) {
            return new BadRecord("imei/vin/serial_number", bad.value(), bad.getMessage());
        }
        return bad;
    }

    // ------------------------------------------------------------------------------------- writing

    /** A sink that keeps a record's fields as text, lists joined with '|', nested records as lists of maps. */
    private static final class MapSink implements FieldSink {
        final Map<String, Object> values = new LinkedHashMap<>();
        @Nullable
        private List<Map<String, Object>> records;
        @Nullable
        private Map<String, Object> saved;

        private Map<String, Object> target() {
            return records == null ? values : records.get(records.size() - 1);
        }

        @Override
        public void text(String name, String value) {
            target().put(name, value);
        }

        @Override
        public void integer(String name, long value) {
            target().put(name, Long.toString(value));
        }

        @Override
        public void decimal(String name, double value) {
            target().put(name, Double.toString(value));
        }

        @Override
        public void bool(String name, boolean value) {
            target().put(name, Boolean.toString(value));
        }

        @Override
        public void texts(String name, Collection<String> list) {
            for (String s : list) {
                if (s.indexOf('|') >= 0 || s.isEmpty()) {
                    throw new IllegalArgumentException(name + " \"" + s + "\" is empty or holds '|', which separates"
                            + " the entries of a list in a trade-record cell; write JSON Lines instead");
                }
            }
            target().put(name, String.join("|", list));
        }

        @Override
        public void startRecords(String name) {
            List<Map<String, Object>> list = new ArrayList<>();
            values.put(name, list);
            records = list;
        }

        @Override
        public void startRecord() {
            Objects.requireNonNull(records).add(new LinkedHashMap<>());
        }

        @Override
        public void endRecord() {
            saved = null;
        }

        @Override
        public void endRecords() {
            records = null;
        }
    }

    static void write(Ledger ledger, OutputStream out) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> names = columnNames();
        writeRow(w, names);
        try (Stream<Lifecycle> lifecycles = ledger.lifecycles()) {
            for (Lifecycle lifecycle : (Iterable<Lifecycle>) lifecycles::iterator) {
                for (Map<String, String> row : rows(lifecycle)) {
                    List<String> cells = new ArrayList<>(names.size());
                    for (String name : names) {
                        cells.add(row.getOrDefault(name, ""));
                    }
                    writeRow(w, cells);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                w.write('"');
                w.write(cell.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(cell);
            }
        }
        w.write("\r\n");
    }

    private static IllegalArgumentException cannot(Lifecycle lifecycle, String what) {
        return new IllegalArgumentException("item \"" + lifecycle.itemId() + "\" cannot be written as trade records: "
                + what + "; write the ledger as JSON Lines instead");
    }

    /** The rows of one lifecycle: one per cycle that starts with its collection. */
    private static List<Map<String, String>> rows(Lifecycle lifecycle) {
        Map<String, String> item = itemCells(lifecycle);
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> row = null;
        String record = null;
        io.github.circularj.model.lifecycle.Actor rowActor = null;
        if (lifecycle.isEmpty()) {
            throw cannot(lifecycle, "it has no events, and a trade record is one buy-in");
        }
        for (LifecycleEvent e : lifecycle.events()) {
            EventType type = e.type();
            if (!SUFFIX.containsKey(type)) {
                throw cannot(lifecycle, "event \"" + e.id() + "\" is of type " + type + ", which has no trade-record"
                        + " columns (only COLLECTED, INSPECTED, DATA_ERASED, LISTED, SOLD have)");
            }
            if (type == EventType.COLLECTED) {
                String id = e.id().value();
                if (!id.endsWith(SUFFIX.get(type)) || id.length() == SUFFIX.get(type).length()) {
                    throw cannot(lifecycle, "event id \"" + id + "\" does not end with \"-collected\" after a record id");
                }
                record = id.substring(0, id.length() - SUFFIX.get(type).length());
                row = new LinkedHashMap<>(item);
                row.put(RECORD_ID, record);
                rows.add(row);
                rowActor = e.actor();
            } else if (row == null) {
                throw cannot(lifecycle, "event \"" + e.id() + "\" comes before the item's first collection");
            } else if (row.containsKey(AT.get(type))) {
                throw cannot(lifecycle, "event \"" + e.id() + "\" of type " + type + " comes a second time within one"
                        + " buy-in, and a row holds each event once");
            } else if (!e.actor().equals(rowActor)) {
                throw cannot(lifecycle, "the events of one buy-in have different actors (\"" + rowActor + "\" and \""
                        + e.actor() + "\"), and a row has one");
            }
            if (!e.id().value().equals(record + SUFFIX.get(type))) {
                throw cannot(lifecycle, "event id \"" + e.id() + "\" is not the record id \"" + record + "\" followed by \""
                        + SUFFIX.get(type) + "\"");
            }
            eventCells(lifecycle, e, row);
        }
        return rows;
    }

    private static Map<String, String> itemCells(Lifecycle lifecycle) {
        MapSink sink = new MapSink();
        RecordEncoder.item(lifecycle.item(), sink);
        Map<String, String> cells = new LinkedHashMap<>();
        for (Map.Entry<String, Object> f : sink.values.entrySet()) {
            switch (f.getKey()) {
                case "type":
                    break;
                case "itemId":
                    cells.put("item_id", (String) f.getValue());
                    break;
                case "category":
                case "brand":
                case "model":
                    cells.put(f.getKey(), (String) f.getValue());
                    break;
                case "manufactureDate":
                    cells.put("manufacture_date", (String) f.getValue());
                    break;
                case "identifiers": {
                    List<String> order = new ArrayList<>();
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> ids = (List<Map<String, Object>>) f.getValue();
                    for (Map<String, Object> id : ids) {
                        String kind = (String) id.get("kind");
                        String column = kind.equals("IMEI") ? "imei" : kind.equals("VIN") ? "vin" : "serial_number";
                        if (cells.containsKey(column) || (!order.isEmpty() && COLUMNS.indexOf(BY_NAME.get(column))
                                < COLUMNS.indexOf(BY_NAME.get(order.get(order.size() - 1))))) {
                            throw cannot(lifecycle, "its identifiers are not at most one IMEI, one VIN and one serial"
                                    + " number in that order");
                        }
                        order.add(column);
                        cells.put(column, (String) id.get("value"));
                    }
                    break;
                }
                default:
                    throw cannot(lifecycle, "its " + f.getKey() + " has no trade-record column");
            }
        }
        return cells;
    }

    private static void eventCells(Lifecycle lifecycle, LifecycleEvent e, Map<String, String> row) {
        MapSink sink = new MapSink();
        RecordEncoder.event(e, sink);
        EventType type = e.type();
        for (Map.Entry<String, Object> f : sink.values.entrySet()) {
            String field = f.getKey();
            if (!(f.getValue() instanceof String value)) {
                throw cannot(lifecycle, "event \"" + e.id() + "\" holds a list of " + field + ", which has no column");
            }
            switch (field) {
                case "type":
                case "id":
                case "itemId":
                    continue;
                case "actor":
                case "actorCreditCode":
                case "currency": {
                    String column = field.equals("actor") ? "actor" : field.equals("currency") ? "currency" : "actor_credit_code";
                    String before = row.putIfAbsent(column, value);
                    if (before != null && !before.equals(value)) {
                        throw cannot(lifecycle, "the events of one buy-in have different " + field + "s (\"" + before
                                + "\" and \"" + value + "\"), and a row has one");
                    }
                    continue;
                }
                default:
                    break;
            }
            String column = null;
            for (Column c : COLUMNS) {
                if (c.event() == type && c.field().equals(field)) {
                    column = c.name();
                }
            }
            if (column == null) {
                throw cannot(lifecycle, "event \"" + e.id() + "\" has " + field + ", which has no trade-record column");
            }
            row.put(column, value);
        }
    }
}
