package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.ValueContract;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivePeriodTest {

    private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate NEXT_JAN1 = LocalDate.of(2025, 1, 1);

    @Test
    void alwaysHasNoBoundsAndContainsAnyDate() {
        assertThat(EffectivePeriod.ALWAYS.start()).isEqualTo(LocalDate.MIN);
        assertThat(EffectivePeriod.ALWAYS.endExclusive()).isEmpty();
        assertThat(EffectivePeriod.ALWAYS.contains(LocalDate.MIN)).isTrue();
        assertThat(EffectivePeriod.ALWAYS.contains(LocalDate.MAX)).isTrue();
        assertThat(EffectivePeriod.ALWAYS).hasToString("always");
    }

    @Test
    void fromIncludesItsStartDayAndEverythingAfter() {
        EffectivePeriod p = EffectivePeriod.from(JAN1);
        assertThat(p.start()).isEqualTo(JAN1);
        assertThat(p.endExclusive()).isEmpty();
        assertThat(p.contains(JAN1.minusDays(1))).isFalse();
        assertThat(p.contains(JAN1)).isTrue();
        assertThat(p.contains(LocalDate.MAX)).isTrue();
        assertThat(p).hasToString("from 2024-01-01");
    }

    @Test
    void untilEndsTheDayBeforeItsEnd() {
        EffectivePeriod p = EffectivePeriod.until(NEXT_JAN1);
        assertThat(p.start()).isEqualTo(LocalDate.MIN);
        assertThat(p.endExclusive()).contains(NEXT_JAN1);
        assertThat(p.contains(DEC31)).isTrue();
        assertThat(p.contains(NEXT_JAN1)).isFalse();
        assertThat(p.contains(LocalDate.MIN)).isTrue();
        assertThat(p).hasToString("before 2025-01-01");
    }

    @Test
    void aPeriodIncludesItsStartAndExcludesItsEnd() {
        EffectivePeriod p = EffectivePeriod.of(JAN1, NEXT_JAN1);
        assertThat(p.start()).isEqualTo(JAN1);
        assertThat(p.endExclusive()).contains(NEXT_JAN1);
        assertThat(p.contains(JAN1.minusDays(1))).isFalse();
        assertThat(p.contains(JAN1)).isTrue();
        assertThat(p.contains(DEC31)).isTrue();
        assertThat(p.contains(NEXT_JAN1)).isFalse();
        assertThat(p).hasToString("from 2024-01-01, before 2025-01-01");
    }

    @Test
    void acceptsAOneDayPeriod() {
        EffectivePeriod p = EffectivePeriod.of(JAN1, JAN1.plusDays(1));
        assertThat(p.contains(JAN1)).isTrue();
        assertThat(p.contains(JAN1.plusDays(1))).isFalse();
    }

    @Test
    void rejectsAnEndNotAfterTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> EffectivePeriod.of(DEC31, JAN1))
                .withMessage("effective period endExclusive \"2024-01-01\" is not after its start \"2024-12-31\"; "
                        + "a period holds at least one day");
        assertThatIllegalArgumentException().isThrownBy(() -> EffectivePeriod.of(JAN1, JAN1))
                .withMessageContaining("is not after its start");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.from(null)).withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.until(null)).withMessage("endExclusive");
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.of(null, DEC31)).withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.of(JAN1, null)).withMessage("endExclusive");
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.ALWAYS.contains(null))
                .withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> EffectivePeriod.ALWAYS.overlaps(null))
                .withMessage("other");
    }

    @Test
    void periodsThatShareOnlyADayOverlap() {
        EffectivePeriod first = EffectivePeriod.of(JAN1, NEXT_JAN1);
        EffectivePeriod second = EffectivePeriod.from(DEC31);
        assertThat(first.overlaps(second)).isTrue();
        assertThat(second.overlaps(first)).isTrue();
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        EffectivePeriod first = EffectivePeriod.until(NEXT_JAN1);
        EffectivePeriod second = EffectivePeriod.from(NEXT_JAN1);
        assertThat(first.overlaps(second)).isFalse();
        assertThat(second.overlaps(first)).isFalse();
    }

    @Test
    void openPeriodsOverlapEverything() {
        assertThat(EffectivePeriod.ALWAYS.overlaps(EffectivePeriod.of(JAN1, NEXT_JAN1))).isTrue();
        assertThat(EffectivePeriod.of(JAN1, NEXT_JAN1).overlaps(EffectivePeriod.ALWAYS)).isTrue();
        assertThat(EffectivePeriod.from(JAN1).overlaps(EffectivePeriod.until(NEXT_JAN1))).isTrue();
    }

    @Test
    void hasValueSemantics() {
        ValueContract.assertValueSemantics(EffectivePeriod.of(JAN1, NEXT_JAN1), EffectivePeriod.of(JAN1, NEXT_JAN1),
                List.of(EffectivePeriod.of(JAN1.plusDays(1), DEC31), EffectivePeriod.of(JAN1, DEC31.minusDays(1)),
                        EffectivePeriod.from(JAN1), EffectivePeriod.until(NEXT_JAN1)));
        ValueContract.assertValueSemantics(EffectivePeriod.from(JAN1), EffectivePeriod.from(JAN1),
                List.of(EffectivePeriod.ALWAYS, EffectivePeriod.from(DEC31)));
        assertThat(EffectivePeriod.until(NEXT_JAN1)).isNotEqualTo(EffectivePeriod.ALWAYS);
    }
}
