package io.github.circularj.rules;

import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.a;
import static io.github.circularj.rules.experiment.Toys.b;
import static io.github.circularj.rules.experiment.Toys.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.rules.experiment.Toys.TestEnterprise;
import io.github.circularj.rules.experiment.Toys.TestItem;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ComplianceEngineBuilderTest {

    private static TestEnterprise failing(String id, Supplier<? extends Throwable> failure) {
        List<TestItem> items = new AbstractList<>() {
            @Override
            public TestItem get(int index) {
                Throwable t = failure.get();
                if (t instanceof RuntimeException re) {
                    throw re;
                }
                throw (Error) t;
            }

            @Override
            public int size() {
                return 1;
            }
        };
        return new TestEnterprise(id, "Failing " + id, 5, items);
    }

    @Test
    void theDefaultEngineKeepsTwentyIdsAndRunsOnOneThread() {
        ComplianceEngine engine = ComplianceEngine.create();
        assertThat(engine.evidenceLimit()).isEqualTo(20);
        assertThat(engine.parallelism()).isEqualTo(1);
    }

    @Test
    void acceptsTheSmallestSettings() {
        ComplianceEngine engine = ComplianceEngine.builder().evidenceLimit(0).parallelism(1).build();
        assertThat(engine.evidenceLimit()).isZero();
        assertThat(engine.parallelism()).isEqualTo(1);
        assertThat(ComplianceEngine.builder().evidenceLimit(7).parallelism(3).build())
                .satisfies(e -> assertThat(e.evidenceLimit()).isEqualTo(7))
                .satisfies(e -> assertThat(e.parallelism()).isEqualTo(3));
    }

    @Test
    void rejectsANegativeEvidenceLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplianceEngine.builder().evidenceLimit(-1))
                .withMessage("evidenceLimit \"-1\" is negative; it must be 0 or more");
    }

    @Test
    void rejectsAParallelismBelowOneOrAboveTheMaximum() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplianceEngine.builder().parallelism(0))
                .withMessage("parallelism \"0\" is not from 1 to 1024; scoring uses at most 4 threads per core in any case");
        assertThatIllegalArgumentException().isThrownBy(() -> ComplianceEngine.builder().parallelism(Integer.MAX_VALUE))
                .withMessageStartingWith("parallelism \"2147483647\" is not from 1 to 1024");
        assertThat(ComplianceEngine.builder().parallelism(1024).build().parallelism()).isEqualTo(1024);
    }

    @Test
    void formatsTwoDecimalsWithAPoint() {
        assertThat(ComplianceEngine.twoDecimals(87.5)).isEqualTo("87.50");
        assertThat(ComplianceEngine.twoDecimals(-0.125)).isEqualTo("-0.13");
    }

    @Test
    void rejectsNullArguments() {
        ComplianceEngine engine = ComplianceEngine.create();
        assertThatNullPointerException().isThrownBy(() -> engine.score(null, pack(), AS_OF)).withMessage("subject");
        assertThatNullPointerException().isThrownBy(() -> engine.score(a(), null, AS_OF)).withMessage("pack");
        assertThatNullPointerException().isThrownBy(() -> engine.score(a(), pack(), null)).withMessage("asOf");
        assertThatNullPointerException().isThrownBy(() -> engine.scoreAll(List.of(a()), pack(), null))
                .withMessage("asOf");
    }

    @Test
    void refusesADateOutsideThePacksPeriodEvenForNoSubjects() {
        RulePack<TestEnterprise, TestItem> later = RulePack.<TestEnterprise, TestItem>builder("later", "1")
                .effective(EffectivePeriod.from(LocalDate.of(2027, 1, 1)))
                .criterion(pack().criteria().get(0)).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplianceEngine.create().scoreAll(List.of(), later, AS_OF))
                .withMessage("as-of date \"2026-06-01\" is outside the effective period of pack later 1"
                        + " (from 2027-01-01)");
    }

    @Test
    void scoresInParallelInTheOrderGiven() {
        List<Scorecard> cards = ComplianceEngine.builder().parallelism(8).build().scoreAll(List.of(b(), a()), pack(),
                AS_OF);
        assertThat(cards).extracting(Scorecard::subjectId).containsExactly("B", "A");
        assertThat(cards).containsExactlyElementsOf(ComplianceEngine.create().scoreAll(List.of(b(), a()), pack(), AS_OF));
    }

    @Test
    void passesOnARuntimeExceptionOfAParallelScoring() {
        IllegalStateException boom = new IllegalStateException("boom");
        ComplianceEngine engine = ComplianceEngine.builder().parallelism(2).build();
        assertThatThrownBy(() -> engine.scoreAll(List.of(a(), failing("F", () -> boom)), pack(), AS_OF))
                .isSameAs(boom);
    }

    @Test
    void passesOnAnErrorOfAParallelScoring() {
        AssertionError boom = new AssertionError("boom");
        ComplianceEngine engine = ComplianceEngine.builder().parallelism(2).build();
        assertThatThrownBy(() -> engine.scoreAll(List.of(a(), failing("F", () -> boom)), pack(), AS_OF))
                .isSameAs(boom);
    }

    @Test
    void scoresOneSubjectOnTheCallingThreadWhateverTheParallelism() {
        IllegalStateException boom = new IllegalStateException("boom");
        ComplianceEngine engine = ComplianceEngine.builder().parallelism(4).build();
        assertThatThrownBy(() -> engine.scoreAll(List.of(failing("F", () -> boom)), pack(), AS_OF)).isSameAs(boom);
        assertThat(engine.scoreAll(List.of(a()), pack(), AS_OF)).hasSize(1);
    }
}
