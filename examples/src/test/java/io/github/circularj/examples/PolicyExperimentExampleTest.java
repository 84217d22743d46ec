package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyExperimentExampleTest {

    @TempDir
    Path dir;

    private Console runSmall() {
        return Console.run(PolicyExperimentExample::run, "--items", "480", "--out", dir.toString());
    }

    @Test
    void theVariantHoldsDataErasureAt100PercentAndDoublesTraceability() {
        var baseline = SecondhandPilot.enterprisePack();
        var variant = PolicyExperimentExample.stricter(baseline);
        assertThat(variant.rule(SecondhandPilot.DATA_ERASURE).orElseThrow().terms())
                .allSatisfy(term -> assertThat(term.target()).isEqualTo(Target.atLeast(1.0, Unit.SHARE)));
        assertThat(variant.criteria()).filteredOn(c -> c.name().equals(SecondhandPilot.TRACEABILITY))
                .singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(50));
        assertThat(variant.version()).isEqualTo(baseline.version() + "-stricter");
    }

    @Test
    void writesTheExperimentPagesWithTheMigrationMatrixAndTheStamp() throws IOException {
        assertThat(runSmall().status()).isZero();
        for (String name : new String[] {"experiment-enterprises", "experiment-cities"}) {
            Document doc = Jsoup.parse(dir.resolve(name + ".html").toFile(), "UTF-8");
            assertThat(doc.select("div.stamp").text()).isEqualTo("synthetic data");
            assertThat(doc.select("svg rect.cell")).hasSize(25);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("experiment-enterprises.json").toFile());
        assertThat(json.get("kind").asText()).isEqualTo("experiment");
        assertThat(json.get("subjects").asInt()).isEqualTo(SyntheticPilots.enterprises());
    }

    @Test
    void writesTheSweepWithOneRowAndOnePointPerThreshold() throws IOException {
        runSmall();
        Document doc = Jsoup.parse(dir.resolve("sensitivity-data-erasure.html").toFile(), "UTF-8");
        assertThat(doc.select("svg polyline.mean-line")).hasSize(1);
        assertThat(doc.select("svg circle")).hasSize(PolicyExperimentExample.ERASURE_THRESHOLDS.size());
        assertThat(doc.select("table.sensitivity tbody tr")).hasSize(PolicyExperimentExample.ERASURE_THRESHOLDS.size());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sensitivity-data-erasure.json").toFile());
        assertThat(json.get("rows")).hasSize(PolicyExperimentExample.ERASURE_THRESHOLDS.size());
    }

    @Test
    void printsTheExperimentsAndTheSweep() {
        Console console = runSmall();
        assertThat(console.out()).contains("Band migration", "Subjects by delta", "threshold of DATA-ERASURE",
                "experiment-enterprises.html");
    }

    @Test
    void rejectsABadOptionWithStatus2() {
        Console console = Console.run(PolicyExperimentExample::run, "--items", "many");
        assertThat(console.status()).isEqualTo(2);
        assertThat(console.err()).contains("--items \"many\" is not a whole number", "usage: PolicyExperimentExample");
    }
}
