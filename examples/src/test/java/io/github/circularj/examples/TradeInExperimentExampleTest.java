package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SubjectComparison;
import io.github.circularj.rules.tradein.RetailerSubject;
import io.github.circularj.rules.tradein.TradeInProgramme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TradeInExperimentExampleTest {

    @Test
    void aCapOfRmb300FindsEveryDigitalClaimOverRmb300AndLowersTheScores() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExperimentResult result = TradeInExperimentExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(result.size()).isEqualTo(8);
        for (RetailerSubject r : TradeInExperimentExample.retailers()) {
            long over300 = 0;
            for (Lifecycle l : r.ledger()) {
                for (SoldNew s : l.events(SoldNew.class)) {
                    if (s.claim().isPresent() && s.claim().get().category().isDigital()
                            && s.claim().get().claimed().amount().compareTo(new BigDecimal("300.00")) > 0) {
                        over300++;
                    }
                }
            }
            SubjectComparison c = result.comparison(r.id()).orElseThrow();
            Finding variant = c.variant().finding(TradeInProgramme.ITEM_CAP).orElseThrow();
            assertThat(variant.evidence().count()).isEqualTo(over300).isGreaterThan(0);
            assertThat(c.baseline().finding(TradeInProgramme.ITEM_CAP).orElseThrow().evidence().count()).isZero();
            assertThat(c.delta()).isNegative();
            assertThat(c.changedRules()).containsExactly(TradeInProgramme.ITEM_CAP);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("RMB 300").contains("ITEM-CAP");
    }
}
