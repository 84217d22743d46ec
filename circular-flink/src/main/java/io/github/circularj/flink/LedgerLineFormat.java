package io.github.circularj.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a ledger file (the Circular ledger format, JSON Lines) as its lines keyed by enterprise and item: each
 * element is {@code (creditCode TAB itemId, line)}. The file's first line, its header, names the enterprise and is
 * not emitted (the job knows every header from the start). A line without a top-level {@code "itemId"} string (not
 * JSON, an unknown type) is keyed by the enterprise and an empty item, so that it still reaches the count of
 * unreadable records. Files are read whole by one reader (not split), so an item's lines keep their order.
 */
final class LedgerLineFormat extends SimpleStreamFormat<Tuple2<String, String>> {

    private static final long serialVersionUID = 1L;

    /** The item id of a line: the value of the {@code itemId} field, as written (escapes kept). */
    private static final Pattern ITEM = Pattern.compile("\"itemId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Override
    public StreamFormat.Reader<Tuple2<String, String>> createReader(Configuration config, FSDataInputStream stream)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        String header = reader.readLine();
        String enterprise = header == null ? "" : PilotScoringJob.creditCodeOf(header);
        return new StreamFormat.Reader<>() {
            @Override
            public Tuple2<String, String> read() throws IOException {
                String line = nextLine(reader);
                return line == null ? null : Tuple2.of(key(enterprise, line), line);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /** The next line that is not blank, or null at the end. */
    static String nextLine(BufferedReader reader) throws IOException {
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isBlank());
        return line;
    }

    static String key(String enterprise, String line) {
        Matcher m = ITEM.matcher(line);
        return enterprise + "\t" + (m.find() ? m.group(1) : "");
    }

    @Override
    public TypeInformation<Tuple2<String, String>> getProducedType() {
        return Types.TUPLE(Types.STRING, Types.STRING);
    }
}
