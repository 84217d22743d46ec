package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.io.LedgerWriter;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-then-read over the testkit's generators and synthetic populations: equal ledgers, the same bytes. */
class LedgerFilesPropertyTest {

    @TempDir
    Path dir;

    private static byte[] write(Ledger ledger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LedgerWriter.defaults().writeJsonLines(ledger, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LedgerImport read(byte[] bytes) {
        try {
            return LedgerReader.defaults().read(new ByteArrayInputStream(bytes), "generated.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writeThenReadGivesAnEqualLedgerForAnyGeneratedLedger() {
        qt().withExamples(150).forAll(CircularGens.ledgers(6, 14)).checkAssert(ledger -> {
            byte[] bytes = write(ledger);
            LedgerImport read = read(bytes);
            assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
            assertThat(read.ledger()).isEqualTo(ledger);
            assertThat(read.report().accepted()).isEqualTo(ledger.lifecycles().mapToLong(Lifecycle::size).sum());
            assertThat(write(read.ledger())).isEqualTo(bytes);
        });
    }

    @Test
    void theSameLedgerAlwaysGivesTheSameBytes() {
        qt().withExamples(50).forAll(CircularGens.ledgers(4, 10)).checkAssert(ledger -> {
            Ledger copy = Ledger.of(ledger.enterprise(), ledger.period(), ledger.lifecycles().collect(Collectors.toList()));
            assertThat(write(copy)).isEqualTo(write(ledger));
        });
    }

    @Test
    void aSyntheticPilotWrittenAsFilesReadsBackItemByItem() throws IOException {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(7).cities(1).enterprisesPerCity(3).itemsPerEnterprise(60)
                .period(ReportingPeriod.ofYear(2025)).build();
        List<Path> files = SyntheticFiles.write(pilot, dir);
        assertThat(files).hasSize(3);
        for (int i = 0; i < files.size(); i++) {
            SyntheticEnterprise enterprise = pilot.enterprises().get(i);
            LedgerImport read = LedgerReader.defaults().read(files.get(i));
            assertThat(read.header().synthetic()).isTrue();
            assertThat(read.header().enterprise()).isEqualTo(enterprise.enterprise());
            assertThat(read.header().profile()).contains(enterprise.profile());
            assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
            assertThat(read.ledger().isInMemory()).isFalse();
            assertThat(read.ledger().lifecycles().collect(Collectors.toList()))
                    .isEqualTo(enterprise.ledger().lifecycles().collect(Collectors.toList()));
        }
        byte[] first = Files.readAllBytes(files.get(0));
        SyntheticFiles.write(pilot, dir.resolve("again"));
        assertThat(Files.readAllBytes(dir.resolve("again").resolve(files.get(0).getFileName()))).isEqualTo(first);
    }
}
