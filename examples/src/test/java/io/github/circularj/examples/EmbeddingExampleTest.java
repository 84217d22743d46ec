package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theUnerasedSecondPhoneIsTheOnlyFindingNotMet() {
        Scorecard card = EmbeddingExample.scorecard();
        assertThat(card.findings()).filteredOn(f -> f.outcome() == Outcome.NOT_MET)
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo(SecondhandPilot.DATA_ERASURE);
                    assertThat(f.evidence().ids()).singleElement().asString()
                            .startsWith("PHONE-2: no erasure since it was collected on ");
                });
    }

    @Test
    void oneOfTwoPhonesErasedFailsDataErasureAt95PercentBefore2027() {
        Scorecard card = EmbeddingExample.scorecard();
        var erasure = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();
        assertThat(erasure.measurement().numerator()).hasValue(1);
        assertThat(erasure.measurement().denominator()).hasValue(2);
        // Data security (weight 20 of the 85 that applied) attains 1/2; every other applicable criterion attains 1:
        // (85 - 10) / 85 = 88.24, COMPLIANT (75 to 90), not capped: DATA-ERASURE is mandatory only from 2027.
        assertThat(card.score()).isCloseTo(100.0 * 75 / 85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.band()).isEqualTo(Band.COMPLIANT);
    }

    /**
     * The README's quick start is this example's body: the same lines, except that the README names the
     * scorecard and prints it where the example returns it.
     */
    @Test
    void theReadmeQuickStartIsTheExamplesBody() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java", readme.indexOf("## Quick start")) + "```java".length();
        List<String> quickStart = readme.substring(start, readme.indexOf("```", start)).strip().lines()
                .map(String::strip).toList();
        String source = Files.readString(Path.of("src/main/java/io/github/circularj/examples/EmbeddingExample.java"),
                StandardCharsets.UTF_8);
        int body = source.indexOf("static Scorecard scorecard() {") + "static Scorecard scorecard() {".length();
        List<String> example = source.substring(body, source.indexOf("\n    }\n", body)).strip().lines()
                .map(String::strip).toList();
        String returned = "return ComplianceEngine.create().score(subject, SecondhandPilot.enterprisePack(), "
                + "LocalDate.of(2026, 12, 31));";
        assertThat(example).last().isEqualTo(returned);
        assertThat(quickStart.subList(0, quickStart.size() - 2)).isEqualTo(example.subList(0, example.size() - 1));
        assertThat(quickStart.get(quickStart.size() - 2)).isEqualTo(returned.replace("return ", "Scorecard card = "));
        assertThat(quickStart).hasSize(18).last().asString().startsWith("System.out.println(card.explain().render());");
    }

    @Test
    void theReasoningNamesThePackAndTheEnterprise() {
        assertThat(EmbeddingExample.scorecard().explain().render())
                .startsWith("Pack cn-secondhand-pilot-enterprise")
                .contains("Example Circular Trading Co.", "PHONE-2");
    }
}
