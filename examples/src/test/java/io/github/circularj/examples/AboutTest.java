package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AboutTest {

    @Test
    void printsTheFilteredVersionAndEveryModule() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        About.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(About.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(text).startsWith("Circular " + About.version())
                .contains("circular-model", "circular-rules", "circular-testkit", "circular-bom");
    }
}
