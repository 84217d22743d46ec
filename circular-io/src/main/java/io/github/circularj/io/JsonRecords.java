package io.github.circularj.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads one JSON line into {@link Fields} with Jackson's streaming parser: an object whose values are
 * strings, numbers, booleans, null, lists of strings, or lists of objects of such scalars. Anything else,
 * and anything that is not JSON (including invalid UTF-8), is a {@link BadRecord}.
 *
 * <p>Jackson's {@link StreamReadConstraints} bound what one line may hold (string length, number length,
 * nesting) as a second guard behind {@link LineSource}'s line length. Thread-safe: the factory is shared,
 * each call makes its own parser.
 */
final class JsonRecords {

    /** The longest string value read: {@value}; longer ones are refused by Jackson before being built. */
    static final int MAX_STRING_LENGTH = 64 * 1024;

    /**
     * One line, one parser: no charset detection (the format is UTF-8; LineSource takes off a byte order mark) and a
     * thread-local buffer pool keep the cost of a parser small. The factory is immutable and thread-safe, so every
     * reader shares it (building one costs more than reading a short file).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
                .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
                // names are interned once, when the factory's symbol table first meets them, and then equal the
                // decoder's constants by identity (Fields looks names up by identity first)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(256)
                        .maxNumberLength(64)
                        .maxNestingDepth(4)
                        .build())
                .build();

    private final JsonFactory factory = FACTORY;

    /**
     * Parses the bytes of one line into the (cleared) fields: a line of the plain shape by {@link PlainJsonLine},
     * any other by Jackson.
     */
    void parse(byte[] buf, int off, int len, Fields into) throws BadRecord {
        into.clear();
        if (new PlainJsonLine(buf, off, len).read(into)) {
            return;
        }
        parseWithJackson(buf, off, len, into);
    }

    /** Parses the bytes of one line into the fields (cleared first) with Jackson, whatever their shape. */
    void parseWithJackson(byte[] buf, int off, int len, Fields into) throws BadRecord {
        into.clear();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecord(null, null, "the line is not a JSON object; every line of a ledger file is one"
                        + " object, {...}");
            }
            object(p, into);
            if (p.nextToken() != null) {
                throw new BadRecord(null, null, "the line holds more than one JSON value; a line holds one object");
            }
        } catch (StreamConstraintsException e) {
            throw new BadRecord(null, null, "the line breaks a limit of the format: " + plain(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new BadRecord(null, null, "the line is not valid JSON in UTF-8: " + plain(e.getOriginalMessage())
                    + column(e));
        }
    }

    private static String column(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " (at byte " + e.getLocation().getColumnNr() + ")";
    }

    /**
     * Makes Jackson's message safe to keep in a report: one line, no quoted input (which could hold
     * personal data), no control characters.
     */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String m = nl >= 0 ? message.substring(0, nl) : message;
        m = m.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("[0-9]{7,}", "…")
                .replaceAll("\\p{Cntrl}", " ").strip();
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        return m.isEmpty() ? "unreadable" : m;
    }

    private static void object(JsonParser p, Fields into) throws BadRecord {
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            if (!scalar(p, t, name, into)) {
                if (t != JsonToken.START_ARRAY) {
                    throw new BadRecord(name, null, "the value is an object; the format has no nested objects"
                            + " except in lists (see docs/ledger-format.md)");
                }
                array(p, name, into);
            }
        }
    }

    /** Puts a string, number, boolean or null value; false (and nothing put) for a list or an object. */
    private static boolean scalar(JsonParser p, JsonToken t, String name, Fields into) throws BadRecord {
        switch (t) {
            case VALUE_STRING:
                into.put(name, Fields.Kind.TEXT, p.getString());
                return true;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                into.put(name, Fields.Kind.NUMBER, p.getString());
                return true;
            case VALUE_TRUE:
            case VALUE_FALSE:
                into.put(name, Fields.Kind.BOOLEAN, t == JsonToken.VALUE_TRUE);
                return true;
            case VALUE_NULL:
                into.put(name, Fields.Kind.NULL, null);
                return true;
            default:
                return false;
        }
    }

    private static void array(JsonParser p, String name, Fields into) throws BadRecord {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            into.put(name, Fields.Kind.TEXTS, List.of());
            return;
        }
        if (t == JsonToken.VALUE_STRING) {
            List<String> texts = new ArrayList<>();
            do {
                if (t != JsonToken.VALUE_STRING) {
                    throw new BadRecord(name, null, "the list mixes strings with other values; it is a list of strings");
                }
                texts.add(p.getString());
            } while ((t = p.nextToken()) != JsonToken.END_ARRAY);
            into.put(name, Fields.Kind.TEXTS, texts);
            return;
        }
        if (t == JsonToken.START_OBJECT) {
            List<Fields> records = new ArrayList<>();
            do {
                if (t != JsonToken.START_OBJECT) {
                    throw new BadRecord(name, null, "the list mixes objects with other values; it is a list of objects");
                }
                Fields nested = new Fields(false);
                nestedObject(p, name, nested);
                records.add(nested);
            } while ((t = p.nextToken()) != JsonToken.END_ARRAY);
            into.put(name, Fields.Kind.RECORDS, records);
            return;
        }
        throw new BadRecord(name, null, "the list holds " + t.name() + "; lists hold strings or objects");
    }

    private static void nestedObject(JsonParser p, String list, Fields into) throws BadRecord {
        String name;
        while ((name = p.nextName()) != null) {
            if (!scalar(p, p.nextToken(), name, into)) {
                throw new BadRecord(list + "." + name, null, "the value is a list or object; an entry of "
                        + list + " holds only strings, numbers and booleans");
            }
        }
    }
}
