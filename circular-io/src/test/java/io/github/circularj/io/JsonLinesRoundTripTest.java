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
    void aReadLedgerSharesAnItemsIdWithItsEventsAndARepeatedBrandAmongItems() throws IOException {
        Ledger ledger = Samples.ledger();
        LedgerImport read = LedgerReader.defaults().read(new ByteArrayInputStream(Samples.jsonLines(ledger)), "sample.jsonl");
        List<Lifecycle> lifecycles = read.ledger().lifecycles().collect(Collectors.toList());
        for (Lifecycle l : lifecycles) {
            for (LifecycleEvent e : l.events()) {
                assertThat(e.itemId()).as("%s", e).isSameAs(l.item().id());
            }
        }
        java.util.Map<String, String> brands = new java.util.HashMap<>();
        int shared = 0;
        for (Lifecycle l : lifecycles) {
            String brand = l.item().product().brand();
            String before = brands.putIfAbsent(brand, brand);
            if (before != null) {
                assertThat(brand).isSameAs(before);
                shared++;
            }
        }
        assertThat(shared).as("items whose brand an earlier item has").isPositive();
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
    void aStreamingLedgerOutOfItemIdOrderIsRefusedByTheWriter() {
        List<Lifecycle> reversed = Samples.ledger().lifecycles().collect(Collectors.toList());
        java.util.Collections.reverse(reversed);
        Ledger streaming = Ledger.ofSupplier(Samples.DEALER, Samples.PERIOD, reversed::stream);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Samples.jsonLines(streaming))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending id order");
    }

    @Test
    void aNonGroupedFileIsReadThroughTheBuilderInAnyOrder() throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(Samples.text(Samples.jsonLines(Samples.ledger())).split("\n")));
        String header = lines.remove(0).replace("\"grouped\":true", "\"grouped\":false");
        java.util.Collections.reverse(lines);
        Path file = dir.resolve("reversed.jsonl");
        Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n");
        LedgerImport read = LedgerReader.defaults().read(file);
        assertThat(read.ledger().isInMemory()).isTrue();
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.ledger()).isEqualTo(Samples.ledger());
    }
}
