package io.github.circularj.io;

import java.util.Collection;

/**
 * Where {@link RecordEncoder} writes the fields of a record, in the format's field order: a JSON line, or
 * the cells of a CSV row. Not thread-safe.
 */
interface FieldSink {

    void text(String name, String value);

    void integer(String name, long value);

    void decimal(String name, double value);

    void bool(String name, boolean value);

    void texts(String name, Collection<String> values);

    /** Starts a list of nested records; each is opened with {@link #startRecord()}. */
    void startRecords(String name);

    void startRecord();

    void endRecord();

    void endRecords();
}
