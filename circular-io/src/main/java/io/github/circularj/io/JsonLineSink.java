package io.github.circularj.io;

import java.util.Collection;
import tools.jackson.core.JsonGenerator;

/** A {@link FieldSink} that writes a record's fields into an open JSON object of a Jackson generator. */
final class JsonLineSink implements FieldSink {

    private final JsonGenerator g;

    JsonLineSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void text(String name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    @Override
    public void integer(String name, long value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    @Override
    public void decimal(String name, double value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    @Override
    public void bool(String name, boolean value) {
        g.writeName(name);
        g.writeBoolean(value);
    }

    @Override
    public void texts(String name, Collection<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    @Override
    public void startRecords(String name) {
        g.writeName(name);
        g.writeStartArray();
    }

    @Override
    public void startRecord() {
        g.writeStartObject();
    }

    @Override
    public void endRecord() {
        g.writeEndObject();
    }

    @Override
    public void endRecords() {
        g.writeEndArray();
    }
}
