package io.github.circularj.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.testkit.PlatformViolation;
import io.github.circularj.testkit.SyntheticPlatform;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A platform of 300 sellers with every kind of violation planted gets exactly those findings, each with its evidence. */
class PlatformDoneWhenTest {

    private static SyntheticPlatform planted(long seed) {
        SyntheticPlatform.Builder b = SyntheticPlatform.builder(seed).sellers(300).refusedListings(2);
        for (PlatformViolation v : PlatformViolation.values()) {
            b.rate(v, 0.03);
        }
        return b.build();
    }

    private static TreeSet<String> ids(Finding f) {
        TreeSet<String> ids = new TreeSet<>();
        f.measurement().evidence().ids().forEach(id -> ids.add(id.contains(":") ? id.substring(0, id.indexOf(':')) : id));
        return ids;
    }

    @Test
    void everyPlantedKindIsFoundWithExactlyThePlantedRecords() {
        SyntheticPlatform platform = planted(5);
        Scorecard card = ComplianceEngine.create().score(platform.subject(), PlatformOperator.pack(), SyntheticPlatform.AS_OF);
        for (PlatformViolation v : PlatformViolation.values()) {
            assertThat(platform.planted(v)).as("planted %s", v).isNotEmpty().hasSizeLessThanOrEqualTo(20);
            Finding f = card.finding(v.rule()).orElseThrow();
            assertThat(f.outcome()).as("%s", v).isEqualTo(Outcome.NOT_MET);
            assertThat(f.measurement().evidence().count()).as("%s", v).isEqualTo(platform.planted(v).size());
            assertThat(ids(f)).as("%s", v).isEqualTo(platform.planted(v));
        }
        Finding integrity = card.finding(PlatformOperator.RECORD_INTEGRITY).orElseThrow();
        assertThat(integrity.measurement().evidence().ids()).hasSize(2)
                .allSatisfy(id -> assertThat(id).contains("unknown seller"));
        assertThat(card.findings()).hasSize(8);
    }

    @Test
    void aPlatformWithNothingPlantedMeetsEveryRuleInScope() {
        Scorecard card = ComplianceEngine.create().score(SyntheticPlatform.builder(9).sellers(120).build().subject(),
                PlatformOperator.pack(), SyntheticPlatform.AS_OF);
        assertThat(card.findings()).filteredOn(f -> f.outcome() != Outcome.NOT_APPLICABLE)
                .allSatisfy(f -> assertThat(f.outcome()).as(f.ruleId().toString()).isEqualTo(Outcome.MET));
        assertThat(card.findings()).filteredOn(f -> f.outcome() == Outcome.MET).hasSize(7);
        assertThat(card.score()).isEqualTo(100.0);
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(planted(5).records()).isEqualTo(planted(5).records());
        assertThat(planted(5).records()).isNotEqualTo(planted(6).records());
    }
}
