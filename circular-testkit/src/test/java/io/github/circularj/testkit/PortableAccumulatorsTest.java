package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.tradein.TradeInProgramme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The accumulators of every pack's plan (so of every built-in indicator the packs use: tallies, record integrity,
 * sellers, per-person claims, weighted means, profiles) survive a split of the records, writing, reading and
 * merging: the scorecard equals the engine's, on synthetic subjects with violations planted.
 */
class PortableAccumulatorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().evidenceLimit(5).build();

    private static byte[] bytes(ScoringPlan<?> plan, ScoringPlan.Accumulator acc) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            plan.write(acc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static ScoringPlan.Accumulator read(ScoringPlan<?> plan, byte[] bytes) {
        try {
            return plan.read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the subject's records at {@code cut} per mille, round-trips both parts and scores the merge. */
    static <S extends Subject<T>, T> void checkSplit(S subject, RulePack<S, T> pack, LocalDate asOf, int cut) {
        List<T> records;
        try (Stream<T> all = subject.records()) {
            records = all.toList();
        }
        int at = (int) ((long) records.size() * cut / 1000);
        ScoringPlan<T> plan = ENGINE.plan(subject, pack, asOf);
        assertThat(plan.isPortable()).as("plan of " + pack.id()).isTrue();
        ScoringPlan.Accumulator left = plan.start();
        records.subList(0, at).forEach(r -> plan.accept(left, r));
        ScoringPlan.Accumulator right = plan.start();
        records.subList(at, records.size()).forEach(r -> plan.accept(right, r));
        ScoringPlan.Accumulator merged = plan.merge(read(plan, bytes(plan, right)), read(plan, bytes(plan, left)));
        Scorecard expected = ENGINE.score(subject, pack, asOf);
        assertThat(plan.scorecard(merged)).isEqualTo(expected);
        assertThat(expected.findings()).as("violations planted").anyMatch(f -> f.evidence().count() > 0);
    }

    @Test
    void enterpriseAndCityPlansRoundTrip() {
        qt().withExamples(6).forAll(longs().between(1, 1_000), integers().between(0, 1000)).checkAssert((seed, cut) -> {
            SyntheticPilot.Builder b = SyntheticPilot.builder().seed(seed).cities(1).enterprisesPerCity(2)
                    .itemsPerEnterprise(150);
            for (Violation v : Violation.values()) {
                b.violationRate(v, 0.05);
            }
            SyntheticPilot pilot = b.build();
            for (var subject : pilot.enterpriseSubjects()) {
                checkSplit(subject, SecondhandPilot.enterprisePack(), AS_OF, cut);
            }
            for (CitySubject city : pilot.citySubjects(SecondhandPilot.enterprisePack(), ENGINE, AS_OF)) {
                checkSplit(city, SecondhandPilot.cityPack(), AS_OF, cut);
            }
        });
    }

    @Test
    void tradeInPlansRoundTrip() {
        qt().withExamples(6).forAll(longs().between(1, 1_000), integers().between(0, 1000)).checkAssert((seed, cut) ->
        {
            SyntheticTradeIn.Builder b = SyntheticTradeIn.retailer(seed).claims(120);
            for (TradeInViolation v : TradeInViolation.values()) {
                b.rate(v, 0.05);
            }
            checkSplit(b.build().subject(), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF, cut);
        });
    }

    @Test
    void platformPlansRoundTrip() {
        qt().withExamples(6).forAll(longs().between(1, 1_000), integers().between(0, 1000)).checkAssert((seed, cut) ->
        {
            SyntheticPlatform.Builder b = SyntheticPlatform.builder(seed).sellers(60);
            for (PlatformViolation v : PlatformViolation.values()) {
                b.rate(v, 0.05);
            }
            checkSplit(b.build().subject(), PlatformOperator.pack(), SyntheticPlatform.AS_OF, cut);
        });
    }
}
