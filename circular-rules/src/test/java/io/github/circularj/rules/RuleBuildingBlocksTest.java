package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.rules.blocks.Tally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a rule, a parameter, a tally and the built-in indicators refuse, with the message each gives, and the
 * sharing of small tallies.
 */
class RuleBuildingBlocksTest {

    private static final Citation CITED = Citation.of("Test statute", "Art. 1", Basis.STATUTE);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static Rule.Builder<Subject<Double>, Double> builder(String title) {
        return Rule.<Subject<Double>, Double>builder(RuleId.of("TEST-RULE"), title).citation(CITED)
                .measure(Indicators.count(d -> d > 0, String::valueOf));
    }

    @Test
    void aRuleNeedsACitationAMeasureAndATargetOrTerms() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.<Subject<Double>, Double>builder(RuleId.of("TEST-RULE"), "T")
                .measure(Indicators.count(d -> d > 0, String::valueOf)).target(Target.zeroTolerance(Unit.COUNT)).build())
                .withMessage("rule TEST-RULE: citation is not set; every rule needs a citation and a measure");
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.<Subject<Double>, Double>builder(RuleId.of("TEST-RULE"), "T")
                .citation(CITED).target(Target.zeroTolerance(Unit.COUNT)).build())
                .withMessage("rule TEST-RULE: measure is not set; every rule needs a citation and a measure");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").build())
                .withMessage("rule TEST-RULE has no target; give it a target or at least one term");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").mandatory(true).build())
                .withMessage("rule TEST-RULE has no target; give it a target or at least one term");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").effective(EffectivePeriod.from(AS_OF)).build())
                .withMessage("rule TEST-RULE has no target; give it a target or at least one term");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").mandatory(true)
                .term(Term.of(EffectivePeriod.ALWAYS, Target.zeroTolerance(Unit.COUNT), true)).build())
                .withMessage("rule TEST-RULE: mandatory(...) and effective(...) go with target(...); a term carries its own");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").target(Target.zeroTolerance(Unit.COUNT))
                .term(Term.of(EffectivePeriod.ALWAYS, Target.zeroTolerance(Unit.COUNT), true)).build())
                .withMessage("rule TEST-RULE: give either target(...) or term(...), not both");
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.<Subject<Double>, Double>builder(RuleId.of("TEST-RULE"), " "))
                .withMessage("rule TEST-RULE: title \" \" is blank");
        // a target alone makes one term, mandatory and dated as declared
        Rule<Subject<Double>, Double> one = builder("T").target(Target.zeroTolerance(Unit.COUNT)).mandatory(true)
                .effective(EffectivePeriod.from(AS_OF)).build();
        assertThat(one.terms()).singleElement().satisfies(t -> {
            assertThat(t.mandatory()).isTrue();
            assertThat(t.period()).isEqualTo(EffectivePeriod.from(AS_OF));
        });
    }

    @Test
    void termsAreSortedByStartAndMayNotOverlap() {
        Term later = Term.of(EffectivePeriod.from(AS_OF), Target.zeroTolerance(Unit.COUNT), true);
        Term earlier = Term.of(EffectivePeriod.until(AS_OF), Target.atMost(2, Unit.COUNT), false);
        Rule<Subject<Double>, Double> rule = builder("T").term(later).term(earlier).build();
        assertThat(rule.terms()).containsExactly(earlier, later);
        Term overlapping = Term.of(EffectivePeriod.from(AS_OF.minusDays(1)), Target.zeroTolerance(Unit.COUNT), true);
        assertThatIllegalArgumentException().isThrownBy(() -> builder("T").term(earlier).term(overlapping).build())
                .withMessageStartingWith("rule TEST-RULE: terms ").withMessageEndingWith(" overlap; at most one term of a scope"
                        + " may be in force on any date");
        // terms of two scopes may overlap
        assertThat(builder("T").term(earlier).term(overlapping.scopedTo("named goods")).build().terms()).hasSize(2);
    }

    @Test
    void aTitleNamesOnlyTheRulesParameters() {
        Parameter window = Parameter.of("refund-window", "days to refund", 7, Unit.DAYS, CITED);
        assertThat(builder("Refund within {refund-window}").parameter(window).target(Target.zeroTolerance(Unit.COUNT)).build()
                .title()).isEqualTo("Refund within 7 days");
        assertThatIllegalArgumentException().isThrownBy(() -> builder("{refund-days} to refund").parameter(window)
                .target(Target.zeroTolerance(Unit.COUNT)).build())
                .withMessage("rule TEST-RULE: title \"{refund-days} to refund\" names {refund-days}, which is not one of its"
                        + " parameters");
        // a brace that names nothing is text
        assertThat(builder("Sets { of goods").target(Target.zeroTolerance(Unit.COUNT)).build().title())
                .isEqualTo("Sets { of goods");
        assertThat(builder("Closing } before { opening").target(Target.zeroTolerance(Unit.COUNT)).build().title())
                .isEqualTo("Closing } before { opening");
    }

    @Test
    void aParameterIsEqualByNameDescriptionUnitAndValuesAndSaysWhenItHasNoValue() {
        Parameter a = Parameter.of("refund-window", "days to refund", 7, Unit.DAYS, CITED);
        assertThat(a).isEqualTo(Parameter.of("refund-window", "days to refund", 7, Unit.DAYS, CITED))
                .hasSameHashCodeAs(Parameter.of("refund-window", "days to refund", 7, Unit.DAYS, CITED));
        assertThat(a).isNotEqualTo(Parameter.of("refund-days", "days to refund", 7, Unit.DAYS, CITED))
                .isNotEqualTo(Parameter.of("refund-window", "days to pay back", 7, Unit.DAYS, CITED))
                .isNotEqualTo(Parameter.of("refund-window", "days to refund", 7, Unit.COUNT, CITED))
                .isNotEqualTo(Parameter.of("refund-window", "days to refund", 8, Unit.DAYS, CITED))
                .isNotEqualTo("refund-window");
        assertThat(a.hashCode()).isNotEqualTo(Parameter.of("refund-window", "days to refund", 8, Unit.DAYS, CITED).hashCode());
        Parameter dated = Parameter.of("refund-window", "days to refund", Unit.DAYS, List.of(
                new Parameter.Value(EffectivePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)), 7, CITED,
                        OptionalDouble.empty()),
                new Parameter.Value(EffectivePeriod.from(LocalDate.of(2022, 1, 1)), 5, CITED, OptionalDouble.empty())));
        assertThat(dated.amountOn(LocalDate.of(2023, 1, 1))).isEqualTo(5);
        assertThatIllegalStateException().isThrownBy(() -> dated.amountOn(LocalDate.of(2021, 6, 1)))
                .withMessage("parameter refund-window has no value in force on 2021-06-01 (values "
                        + EffectivePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)) + "; "
                        + EffectivePeriod.from(LocalDate.of(2022, 1, 1)) + ")");
        String eighty = "X".repeat(80);
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of(eighty, "d", 1, Unit.COUNT, CITED))
                .withMessage("parameter name \"" + eighty + "\" is not lower-case words joined by hyphens, e.g. refund-window");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of(eighty + "Y", "d", 1, Unit.COUNT, CITED))
                .withMessage("parameter name \"" + eighty + "…\" (81 characters) is not lower-case words joined by hyphens,"
                        + " e.g. refund-window");
    }

    @Test
    void smallTalliesAreSharedAndInvalidOnesRefused() {
        assertThat(Tally.of(0, 0)).isSameAs(Tally.NONE);
        assertThat(Tally.of(4, 4)).isSameAs(Tally.of(4, 4)).isEqualTo(new Tally(4, 4));
        assertThat(Tally.of(4, 0)).isSameAs(Tally.of(4, 0));
        assertThat(Tally.of(1, 1)).isSameAs(Tally.of(1, 1));
        assertThat(Tally.of(5, 5)).isNotSameAs(Tally.of(5, 5)).isEqualTo(Tally.of(5, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> Tally.of(1, 2))
                .withMessage("tally \"2 of 1\" is not valid; 0 <= complying <= inScope");
        assertThatIllegalArgumentException().isThrownBy(() -> Tally.of(-1, 0))
                .withMessage("tally \"0 of -1\" is not valid; 0 <= complying <= inScope");
        assertThatIllegalArgumentException().isThrownBy(() -> Tally.of(2, -1))
                .withMessage("tally \"-1 of 2\" is not valid; 0 <= complying <= inScope");
        assertThatIllegalArgumentException().isThrownBy(() -> Tally.of(7, 8))
                .withMessage("tally \"8 of 7\" is not valid; 0 <= complying <= inScope");
    }

    private static final EvaluationContext CONTEXT = new EvaluationContext(AS_OF, 5);

    private static Subject<double[]> pairs(double[]... rows) {
        return Subject.of("S", "S", () -> Stream.of(rows));
    }

    private static Measurement mean(Unit unit, double[]... rows) {
        Measure<Subject<double[]>, double[]> m = Indicators.weightedMean(r -> r[0], r -> r[1], unit);
        Subject<double[]> s = pairs(rows);
        return run(m.indicatorFor(s, CONTEXT), s);
    }

    private static <A> Measurement run(Indicator<double[], A> indicator, Subject<double[]> subject) {
        A acc = indicator.start();
        try (Stream<double[]> records = subject.records()) {
            records.forEach(r -> indicator.accept(acc, r));
        }
        return indicator.finish(acc);
    }

    @Test
    void aWeightedMeanRefusesWhatItCannotSumAndClampsAShareToOne() {
        assertThat(mean(Unit.NUMBER, new double[] {2, 1}, new double[] {4, 3}).value()).hasValue(3.5);
        assertThat(mean(Unit.NUMBER, new double[] {2, 0}).isNotApplicable()).isTrue();
        assertThat(mean(Unit.SHARE, new double[] {1.5, 1}).value()).hasValue(1.0);
        assertThat(mean(Unit.SHARE, new double[] {-0.5, 1}).value()).hasValue(0.0);
        assertThatIllegalArgumentException().isThrownBy(() -> mean(Unit.NUMBER, new double[] {Double.NaN, 1}))
                .withMessage("record value \"NaN\" is not finite; values summed must be finite");
        assertThatIllegalArgumentException().isThrownBy(() -> mean(Unit.NUMBER, new double[] {1, -0.5}))
                .withMessage("record weight \"-0.5\" is negative or not finite; weights must be finite and not negative");
        assertThatIllegalArgumentException().isThrownBy(() -> mean(Unit.NUMBER, new double[] {1, Double.POSITIVE_INFINITY}))
                .withMessageStartingWith("record weight \"Infinity\"");
    }

    /** Reads bytes with a portable indicator. */
    private static <A> A read(PortableIndicator<?, A> indicator, byte[] bytes) throws IOException {
        return indicator.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    private static byte[] bytes(IoWriter writer) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            writer.write(out);
        }
        return buffer.toByteArray();
    }

    /** Writes to a data output. */
    private interface IoWriter {
        void write(DataOutputStream out) throws IOException;
    }

    @Test
    void damagedSumsAndDurationsAreRefusedWhenRead() throws IOException {
        PortableIndicator<double[], ?> sums = (PortableIndicator<double[], ?>) Indicators.<Subject<double[]>, double[]>weightedMean(
                r -> r[0], r -> r[1], Unit.NUMBER).indicatorFor(pairs(), CONTEXT);
        // weighted sum 1 (scale 0, one byte), weights -1
        byte[] negative = bytes(out -> {
            out.writeInt(0);
            out.writeInt(1);
            out.writeByte(1);
            out.writeInt(0);
            out.writeInt(1);
            out.writeByte(-1);
        });
        assertThatThrownBy(() -> read(sums, negative)).isInstanceOf(IOException.class)
                .hasMessage("sum of weights \"-1\" is negative; weights are not negative");
        byte[] zeroWeights = bytes(out -> {
            out.writeInt(0);
            out.writeInt(1);
            out.writeByte(1);
            out.writeInt(0);
            out.writeInt(1);
            out.writeByte(0);
        });
        assertThat(read(sums, zeroWeights)).isNotNull();
        byte[] empty = bytes(out -> {
            out.writeInt(0);
            out.writeInt(0);
        });
        assertThatThrownBy(() -> read(sums, empty)).isInstanceOf(IOException.class)
                .hasMessage("decimal bytes \"0\" are too few; a written decimal has at least one byte");
        PortableIndicator<Optional<Duration>, ?> longest = (PortableIndicator<Optional<Duration>, ?>) Indicators
                .<Subject<Optional<Duration>>, Optional<Duration>>maxDuration(d -> d, d -> "id").indicatorFor(
                        Subject.of("S", "S", Stream::empty), CONTEXT);
        for (int nanos : new int[] {-1, 1_000_000_000}) {
            byte[] bad = bytes(out -> {
                out.writeBoolean(true);
                out.writeLong(5);
                out.writeInt(nanos);
            });
            assertThatThrownBy(() -> read(longest, bad)).isInstanceOf(IOException.class)
                    .hasMessage("duration nanos \"" + nanos + "\" are out of range; they are from 0 to 999999999");
        }
    }

    @Test
    void measurementsAreEqualOnlyWhenEveryPartIs() {
        Evidence one = new Evidence(1, List.of("A"));
        Measurement half = Measurement.share(1, 2, one);
        assertThat(half).isEqualTo(Measurement.share(1, 2, one)).hasSameHashCodeAs(Measurement.share(1, 2, one));
        assertThat(half).isNotEqualTo(Measurement.share(2, 4, one)) // same value, other counts
                .isNotEqualTo(Measurement.share(1, 2, new Evidence(1, List.of("B"))))
                .isNotEqualTo(Measurement.of(0.5, Unit.SHARE, one)) // same value, not a ratio of counts
                .isNotEqualTo(half.withDetail("1 refused"))
                .isNotEqualTo(Measurement.share(1, 3, one))
                .isNotEqualTo(Measurement.notApplicable(Unit.SHARE, "nothing in scope"))
                .isNotEqualTo(Measurement.of(0.5, Unit.NUMBER, one))
                .isNotEqualTo("0.5");
        assertThat(Measurement.notApplicable(Unit.SHARE, "x")).isNotEqualTo(Measurement.insufficientEvidence(Unit.SHARE, "x"))
                .isNotEqualTo(Measurement.notApplicable(Unit.SHARE, "y"));
        assertThat(Measurement.share(0, 0, Evidence.none()).isNotApplicable()).isTrue();
        assertThat(Measurement.share(0, 1, Evidence.none()).value()).hasValue(0.0);
        assertThatIllegalArgumentException().isThrownBy(() -> Measurement.share(-1, 1, Evidence.none()))
                .withMessage("share \"-1 of 1\" is not valid; a share needs 0 <= numerator <= denominator");
        assertThatIllegalArgumentException().isThrownBy(() -> Measurement.of(1.0000001, Unit.SHARE))
                .withMessage("measurement value \"1.0000001\" is outside [0, 1]; a share is a fraction");
        assertThatIllegalArgumentException().isThrownBy(() -> Measurement.of(-0.0000001, Unit.SHARE))
                .withMessageContaining("is outside [0, 1]");
        assertThat(Measurement.of(-3, Unit.NUMBER).value()).hasValue(-3.0);
        assertThatIllegalStateException().isThrownBy(() -> Measurement.notApplicable(Unit.SHARE, "x").withDetail("d"))
                .withMessageEndingWith("has no value; only a defined measurement takes a detail");
        assertThat(builder("Refund in time").target(Target.zeroTolerance(Unit.COUNT)).build())
                .hasToString("TEST-RULE Refund in time");
    }
}
