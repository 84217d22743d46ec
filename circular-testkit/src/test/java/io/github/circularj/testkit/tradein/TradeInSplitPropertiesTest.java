package io.github.circularj.testkit.tradein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.EvaluationContext;
import io.github.circularj.rules.Indicator;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.tradein.RetailerSubject;
import io.github.circularj.rules.tradein.TradeInClaim;
import io.github.circularj.rules.tradein.TradeInProgramme;
import io.github.circularj.rules.tradein.TradeInSubject;
import io.github.circularj.testkit.SyntheticTradeIn;
import io.github.circularj.testkit.TradeInViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same claims split into any number of batches, in any order, and merged give the one-pass measurement of
 * every rule (PER-PERSON's per-buyer counts included) and the same scorecard.
 */
class TradeInSplitPropertiesTest {

    private static final SyntheticTradeIn RETAILER = build();
    private static final RetailerSubject SUBJECT = RETAILER.subject();
    private static final List<TradeInClaim> CLAIMS = SUBJECT.records().toList();
    private static final EffectivePeriod ACTS = EffectivePeriod.of(TradeInProgramme.IN_FORCE, SyntheticTradeIn.AS_OF.plusDays(1));

    private static SyntheticTradeIn build() {
        SyntheticTradeIn.Builder b = SyntheticTradeIn.retailer(2025).claims(400);
        for (TradeInViolation v : TradeInViolation.values()) {
            b.rate(v, 0.03);
        }
        return b.rate(TradeInViolation.REPEAT_BUYER, 0.15).build();
    }

    private static <A> Measurement onePass(Indicator<TradeInClaim, A> indicator, List<TradeInClaim> records) {
        A acc = indicator.start();
        records.forEach(r -> indicator.accept(acc, r));
        return indicator.finish(acc);
    }

    /** Splits the records at the cuts, accumulates each batch apart and merges the batches in a shuffled order. */
    private static <A> Measurement batched(Indicator<TradeInClaim, A> indicator, List<TradeInClaim> records,
            List<Integer> cuts, long seed) {
        TreeSet<Integer> at = new TreeSet<>(cuts);
        at.add(records.size());
        List<A> parts = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            A acc = indicator.start();
            for (int i = from; i < to; i++) {
                indicator.accept(acc, records.get(i));
            }
            parts.add(acc);
            from = to;
        }
        Collections.shuffle(parts, new Random(seed));
        A merged = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            merged = indicator.merge(merged, parts.get(i));
        }
        return indicator.finish(merged);
    }

    @Test
    void anySplitOfTheClaimsMergesToTheOnePassMeasurementOfEveryRule() {
        assertThat(RETAILER.planted(TradeInViolation.REPEAT_BUYER).size()).isGreaterThan(20);
        qt().withExamples(60).forAll(lists().of(integers().between(0, CLAIMS.size())).ofSizeBetween(0, 12),
                integers().between(0, 1000), integers().between(0, 30)).checkAssert((cuts, seed, limit) -> {
            List<TradeInClaim> shuffled = new ArrayList<>(CLAIMS);
            Collections.shuffle(shuffled, new Random(seed));
            for (Rule<TradeInSubject, TradeInClaim> rule : TradeInProgramme.pack().rules()) {
                EvaluationContext context = new EvaluationContext(SyntheticTradeIn.AS_OF, limit)
                        .forParameters(rule.parameters()).forActs(ACTS);
                Indicator<TradeInClaim, ?> indicator = rule.measure().indicatorFor(SUBJECT, context);
                assertThat(batched(indicator, shuffled, cuts, seed)).as("%s", rule.id())
                        .isEqualTo(onePass(indicator, CLAIMS));
            }
        });
    }

    @Test
    void aParallelShuffledLedgerGivesTheSameScorecard() {
        ComplianceEngine engine = ComplianceEngine.create();
        Scorecard sequential = engine.score(SUBJECT, TradeInProgramme.pack(), SyntheticTradeIn.AS_OF);
        List<Lifecycle> shuffled = new ArrayList<>(RETAILER.ledger().lifecycles().toList());
        Collections.shuffle(shuffled, new Random(5));
        Ledger parallel = Ledger.ofSupplier(RETAILER.ledger().enterprise(), RETAILER.ledger().period(),
                shuffled::parallelStream);
        Scorecard card = engine.score(RetailerSubject.of(parallel), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF);
        assertThat(card.findings()).isEqualTo(sequential.findings());
        assertThat(card.score()).isEqualTo(sequential.score());
    }
}
