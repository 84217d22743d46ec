package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/platform-format.md: every example line is read without a problem, and is what the writer writes. */
class PlatformFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "platform-format.md");

    private static List<String> exampleLines() throws IOException {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (!in && line.equals("```jsonl")) {
                in = true;
            } else if (in && line.equals("```")) {
                in = false;
            } else if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyExampleLineIsReadAndEveryTypeHasOneAndTheWriterWritesTheSameLines() throws IOException {
        List<String> lines = exampleLines();
        assertThat(lines.get(0)).startsWith("{\"format\":\"circular-platform\",\"version\":1,");
        String file = String.join("\n", lines) + "\n";
        PlatformImport read = PlatformFiles.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "platform-format.md");
        assertThat(read.result().report().isClean()).as("%s", read.result().report()).isTrue();
        assertThat(read.result().report().accepted()).isEqualTo(lines.size() - 1);
        Set<String> types = new TreeSet<>();
        lines.subList(1, lines.size()).forEach(l -> types.add(l.substring(9, l.indexOf('"', 9))));
        assertThat(types).containsExactly("LISTING", "SELLER", "TRANSACTION");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlatformFiles.write(read.result().records(), read.header().synthetic(), read.header().profile(), out);
        List<String> written = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(new TreeSet<>(written)).as("the same lines (the page orders them by type)")
                .isEqualTo(new TreeSet<>(lines));
    }
}
