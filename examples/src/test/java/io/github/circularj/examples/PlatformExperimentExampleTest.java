package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SubjectComparison;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformSubject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformExperimentExampleTest {

    @Test
    void aThresholdOf20FindsEveryUnregisteredPrivateSellerOfMoreThan20Sales() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExperimentResult result = PlatformExperimentExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<PlatformSubject> platforms = PlatformExperimentExample.platforms();
        assertThat(result.size()).isEqualTo(6);
        int moved = 0;
        for (PlatformSubject p : platforms) {
            // an independent count: private sellers, unregistered, with more than 20 sales in 2025
            long frequent = p.records().filter(s -> s.account().kind() == SellerKind.PRIVATE_PERSON
                    && s.account().operatorRegistration().isEmpty() && s.transactions().size() > 20).count();
            SubjectComparison c = result.comparison(p.id()).orElseThrow();
            Finding variant = c.variant().finding(PlatformOperator.FREQUENT_SELLER).orElseThrow();
            Finding baseline = c.baseline().finding(PlatformOperator.FREQUENT_SELLER).orElseThrow();
            assertThat(baseline.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            if (frequent == 0) {
                assertThat(variant.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
                assertThat(c.delta()).isZero();
            } else {
                moved++;
                assertThat(variant.evidence().count()).isEqualTo(frequent);
                assertThat(variant.outcome()).isEqualTo(Outcome.NOT_MET);
                assertThat(c.delta()).isNegative();
                assertThat(c.changedRules()).containsExactly(PlatformOperator.FREQUENT_SELLER);
            }
        }
        assertThat(moved).isEqualTo(5);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("20 sales").contains("PLAT-FREQUENT-SELLER");
    }
}
