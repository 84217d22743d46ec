package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.io.LedgerReader;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.testkit.SyntheticEnterprise;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample in examples/data is exactly what SampleData writes, and it scores as the pilot does. */
class SampleDataTest {

    @TempDir
    Path dir;

    private static final Path DATA = Path.of("data");

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        List<Path> written = SampleData.write(dir);
        assertThat(ImportExample.files(DATA)).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(written.stream().map(p -> p.getFileName().toString()).toList());
        long total = 0;
        for (Path file : written) {
            byte[] committed = Files.readAllBytes(DATA.resolve(file.getFileName()));
            assertThat(committed).as("examples/data/%s differs from what SampleData writes; run SampleData to"
                    + " regenerate it", file.getFileName()).isEqualTo(Files.readAllBytes(file));
            total += committed.length;
        }
        assertThat(total).as("the sample stays small").isLessThan(2_000_000);
    }

    @Test
    void everyFileIsStampedSyntheticAndReadsClean() throws IOException {
        for (Path file : ImportExample.files(DATA)) {
            var read = LedgerReader.defaults().read(file);
            assertThat(read.header().synthetic()).isTrue();
            assertThat(read.header().enterprise().name()).contains("(synthetic)");
            assertThat(read.report().isClean()).isTrue();
            assertThat(read.ledger().lifecycles().count()).isEqualTo(SampleData.ITEMS_PER_ENTERPRISE);
        }
    }

    @Test
    void scoringTheFilesGivesTheScorecardsOfThePilotTheyWereWrittenFrom() throws IOException {
        List<Scorecard> fromFiles = ImportExample.score(DATA, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        ComplianceEngine engine = ComplianceEngine.create();
        List<SyntheticEnterprise> enterprises = SampleData.pilot().enterprises();
        assertThat(fromFiles).hasSize(enterprises.size());
        for (int i = 0; i < enterprises.size(); i++) {
            // a clean import carries a report of nothing refused, which the pilot's ledger has no need of
            EnterpriseSubject subject = enterprises.get(i).toSubject();
            Scorecard direct = engine.score(subject, SecondhandPilot.enterprisePack(), LocalDate.of(2025, 12, 31));
            assertThat(fromFiles.get(i).score()).isEqualTo(direct.score());
            assertThat(fromFiles.get(i).band()).isEqualTo(direct.band());
        }
    }

    @Test
    void theExamplePrintsEachImportAndARankedOverview() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String overview = ImportExample.run(DATA, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("0 lines unreadable");
        assertThat(overview).contains("(synthetic)");
    }
}
