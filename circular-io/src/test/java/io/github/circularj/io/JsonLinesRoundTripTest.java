package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theSampleHoldsEveryEventType() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Samples.ledger().lifecycles().flatMap(l -> l.events().stream()).map(LifecycleEvent::type).forEach(types::add);
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void writeThenReadFromAStreamGivesAnEqualLedgerAndACleanReport() throws IOException {
        Ledger ledger = Samples.ledger();
        LedgerImport read = LedgerReader.defaults().read(new ByteArrayInputStream(Samples.jsonLines(ledger)), "sample.jsonl");
        assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
        assertThat(read.ledger()).isEqualTo(ledger);
        assertThat(read.report().accepted()).isEqualTo(ledger.lifecycles().mapToLong(Lifecycle::size).sum());
        assertThat(read.header()).isEqualTo(Samples.writer().headerFor(ledger));
        assertThat(read.ledger().report()).contains(read.report());
    }

    @Test
    void writeThenReadAGroupedFileStreamsEqualLifecyclesOnEveryPass() throws IOException {
        Ledger ledger = Samples.ledger();
        Path file = dir.resolve("sample.jsonl");
        Samples.writer().writeJsonLines(ledger, file);
        LedgerImport read = LedgerReader.defaults().read(file);
        assertThat(read.ledger().isInMemory()).isFalse();
        assertThat(read.report().isClean()).isTrue();
        for (int pass = 0; pass < 2; pass++) {
            List<Lifecycle> streamed = read.ledger().lifecycles().collect(Collectors.toList());
            assertThat(streamed).isEqualTo(ledger.lifecycles().collect(Collectors.toList()));
        }
    }

    @Test
    void theSameLedgerAlwaysGivesTheSameBytes() {
        assertThat(Samples.jsonLines(Samples.ledger())).isEqualTo(Samples.jsonLines(Samples.ledger()));
    }

    @Test
    void printsTheSampleForTheDocumentation() throws IOException {
        Files.write(Path.of("target", "sample.jsonl"), Samples.jsonLines(Samples.ledger()));
    }
}
