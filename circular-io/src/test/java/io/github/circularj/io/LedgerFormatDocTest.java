package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Lifecycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps docs/ledger-format.md and its schema from drifting away from the code: every example is read. */
class LedgerFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "ledger-format.md");
    private static final Path SCHEMA = Path.of("..", "docs", "ledger-format.schema.json");

    private static List<List<String>> blocks(String language) throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (current == null && line.equals("```" + language)) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    @Test
    void everyExampleLineOfTheDocumentIsReadAndEveryTypeHasOne() throws IOException {
        List<List<String>> blocks = blocks("jsonl");
        String header = blocks.get(0).get(0);
        assertThat(header).startsWith("{\"format\":\"circular-ledger\"");
        StringBuilder file = new StringBuilder(header.replace("\"grouped\":true", "\"grouped\":false")).append('\n');
        long events = 0;
        for (List<String> block : blocks.subList(1, blocks.size())) {
            for (String line : block) {
                file.append(line).append('\n');
                events += line.startsWith("{\"type\":\"ITEM\"") ? 0 : 1;
            }
        }
        LedgerImport read = LedgerReader.defaults()
                .read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), "ledger-format.md");
        assertThat(read.report().unreadable()).isEmpty();
        assertThat(read.report().submitted()).isEqualTo(events);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        read.report().rejected().forEach(r -> types.add(r.event().type()));
        read.ledger().lifecycles().flatMap(l -> l.events().stream()).forEach(e -> types.add(e.type()));
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        assertThat(read.ledger().lifecycles().count()).isEqualTo(4);
    }

    @Test
    void theCsvExampleIsReadWithoutAProblem() throws IOException {
        List<List<String>> blocks = blocks("csv");
        assertThat(blocks).hasSize(1);
        String csv = String.join("\r\n", blocks.get(0)) + "\r\n";
        LedgerImport read = LedgerReader.defaults().readTradeRecords(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ledger-format.md", Samples.DEALER,
                Samples.PERIOD);
        assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
        assertThat(read.ledger().lifecycles().mapToInt(Lifecycle::size)).containsExactly(5, 1);
    }

    @Test
    void theDocumentAndTheSchemaNameEveryType() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String schema = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        assertThat(schema).contains("\"https://json-schema.org/draft/2020-12/schema\"");
        for (EventType type : EventType.values()) {
            assertThat(doc).contains("### `" + type + "`");
            assertThat(schema).contains("\"const\": \"" + type + "\"");
        }
        assertThat(schema).contains("\"const\": \"ITEM\"").contains("\"const\": \"" + LedgerHeader.FORMAT + "\"");
        for (String column : TradeRecords.columnNames()) {
            assertThat(doc).contains("`" + column + "`");
        }
    }

    @Test
    void theSchemaNamesEveryFieldTheWriterWrites() throws IOException {
        String schema = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        String sample = Samples.text(Samples.jsonLines(Samples.ledger()));
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\"([A-Za-z]+)\":").matcher(sample);
        while (names.find()) {
            assertThat(schema).contains("\"" + names.group(1) + "\": {");
        }
    }
}
