package io.github.circularj.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        return enterprise + "\t" + itemIdOf(line);
    }

    /**
     * The item id of a line, as {@link #ITEM} finds it (the first {@code "itemId"} followed by a colon and a string),
     * scanned without the pattern engine; empty if there is none.
     */
    static String itemIdOf(String line) {
        for (int at = line.indexOf("\"itemId\""); at >= 0; at = line.indexOf("\"itemId\"", at + 1)) {
            int i = skipSpace(line, at + 8);
            if (i >= line.length() || line.charAt(i) != ':') {
                continue;
            }
            i = skipSpace(line, i + 1);
            if (i >= line.length() || line.charAt(i) != '"') {
                continue;
            }
            for (int j = i + 1; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '"') {
                    return line.substring(i + 1, j);
                }
                if (c == '\\') {
                    j++;
                }
            }
        }
        return "";
    }

    /** The index of the first character at or after {@code from} that the pattern's {@code \s} does not match. */
    private static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    @Override
    public TypeInformation<Tuple2<String, String>> getProducedType() {
        return Types.TUPLE(Types.STRING, Types.STRING);
    }
}
