package io.github.circularj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReportingPeriodTest {

    private static final LocalDate BASE = LocalDate.of(2024, 12, 25);

    @Test
    void aYearRunsFromTheFirstOfJanuaryToTheNextFirstOfJanuary() {
        ReportingPeriod y = ReportingPeriod.ofYear(2024);
        assertThat(y.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(y.endExclusive()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(y.endInclusive()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(y.lengthInDays()).isEqualTo(366);
        assertThat(ReportingPeriod.ofYear(Year.of(2025)).lengthInDays()).isEqualTo(365);
    }

    @Test
    void quartersPartitionTheYear() {
        assertThat(ReportingPeriod.ofQuarter(2025, 1)).hasToString("2025-01-01/2025-04-01");
        assertThat(ReportingPeriod.ofQuarter(2025, 2)).hasToString("2025-04-01/2025-07-01");
        assertThat(ReportingPeriod.ofQuarter(2025, 4)).hasToString("2025-10-01/2026-01-01");
        long days = 0;
        for (int q = 1; q <= 4; q++) {
            days += ReportingPeriod.ofQuarter(2025, q).lengthInDays();
            assertThat(ReportingPeriod.ofQuarter(2025, q).overlaps(ReportingPeriod.ofQuarter(2025, q % 4 + 1))).isFalse();
        }
        assertThat(days).isEqualTo(365);
    }

    @Test
    void aMonthRunsToTheFirstOfTheNextMonth() {
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(2024, 2))).hasToString("2024-02-01/2024-03-01");
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(2024, 2)).lengthInDays()).isEqualTo(29);
    }

    @Test
    void rejectsAQuarterOutsideOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofQuarter(2025, 5))
                .withMessage("quarter \"5\" is not 1 to 4; a year has four quarters");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofQuarter(2025, 0))
                .withMessageContaining("quarter \"0\"");
    }

    @Test
    void rejectsAYearOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofYear(Year.MAX_VALUE))
                .withMessageContaining("year \"" + Year.MAX_VALUE + "\" is out of range");
    }

    @Test
    void rejectsAnEndThatIsNotAfterTheStart() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of(day, day))
                .withMessage("endExclusive \"2025-03-01\" is not after start \"2025-03-01\"; a reporting period ends after it starts");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of(day, day.minusDays(1)))
                .withMessageContaining("endExclusive \"2025-02-28\"");
    }

    @Test
    void containsItsStartButNotItsEnd() {
        ReportingPeriod p = ReportingPeriod.ofYear(2025);
        assertThat(p.contains(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void placesAnInstantByTheCalendarOfTheZone() {
        ReportingPeriod y2025 = ReportingPeriod.ofYear(2025);
        // 2024-12-31T17:00Z is 2025-01-01T01:00 in Shanghai (UTC+8), still 2024 in UTC
        Instant instant = Instant.parse("2024-12-31T17:00:00Z");
        assertThat(y2025.contains(instant, ZoneId.of("Asia/Shanghai"))).isTrue();
        assertThat(y2025.contains(instant, ZoneId.of("UTC"))).isFalse();
    }

    @Test
    void abuttingPeriodsDoNotOverlap() {
        ReportingPeriod a = ReportingPeriod.ofYear(2024);
        ReportingPeriod b = ReportingPeriod.ofYear(2025);
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.intersection(b)).isEmpty();
        assertThat(a.encloses(ReportingPeriod.ofQuarter(2024, 3))).isTrue();
        assertThat(a.encloses(b)).isFalse();
    }

    @Test
    void intersectsOverlappingPeriods() {
        ReportingPeriod a = ReportingPeriod.parse("2025-01-01/2025-07-01");
        ReportingPeriod b = ReportingPeriod.parse("2025-04-01/2026-01-01");
        assertThat(a.intersection(b)).contains(ReportingPeriod.ofQuarter(2025, 2));
    }

    @Test
    void parsesTheIsoForm() {
        assertThat(ReportingPeriod.parse("2025-01-01/2026-01-01")).isEqualTo(ReportingPeriod.ofYear(2025));
    }

    @Test
    void rejectsTextWithoutASlash() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2025-01-01"))
                .withMessage("reportingPeriod \"2025-01-01\" is not of the form start/endExclusive; write e.g. \"2025-01-01/2026-01-01\"");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2025-01-01/2025-02-01/2025-03-01"))
                .withMessageContaining("is not of the form start/endExclusive");
    }

    @Test
    void rejectsTextWithBadDates() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2025-13-01/2026-01-01"))
                .withMessageContaining("reportingPeriod \"2025-13-01/2026-01-01\" does not hold two ISO dates");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2026-01-01/2025-01-01"))
                .withMessageContaining("is not after start");
    }

    private static Gen<ReportingPeriod> smallPeriods() {
        return integers().between(0, 40).zip(integers().between(1, 20),
                (offset, length) -> ReportingPeriod.of(BASE.plusDays(offset), BASE.plusDays(offset + length)));
    }

    private static Set<LocalDate> days(ReportingPeriod p) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d = p.start(); d.isBefore(p.endExclusive()); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    @Test
    void intersectionAgreesWithADayByDayCheck() {
        qt().forAll(smallPeriods(), smallPeriods()).checkAssert((a, b) -> {
            Set<LocalDate> expected = new TreeSet<>();
            for (LocalDate d = BASE.minusDays(1); d.isBefore(BASE.plusDays(70)); d = d.plusDays(1)) {
                if (a.contains(d) && b.contains(d)) {
                    expected.add(d);
                }
            }
            Optional<ReportingPeriod> actual = a.intersection(b);
            assertThat(actual.map(ReportingPeriodTest::days).orElse(Set.of())).isEqualTo(expected);
            assertThat(a.overlaps(b)).isEqualTo(!expected.isEmpty());
            assertThat(b.intersection(a)).isEqualTo(actual);
        });
    }

    @Test
    void lengthAgreesWithADayCount() {
        qt().forAll(smallPeriods()).checkAssert(p -> assertThat(p.lengthInDays()).isEqualTo(days(p).size()));
    }

    @Test
    void parseReadsWhatToStringPrints() {
        qt().forAll(integers().between(-50_000, 50_000), integers().between(1, 3_000)).checkAssert((offset, length) -> {
            ReportingPeriod p = ReportingPeriod.of(BASE.plusDays(offset), BASE.plusDays(offset + length));
            assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
        });
    }
    @Test
    void acceptsTheFirstAndLastRepresentableYearsAndRejectsTheirNeighbours() {
        assertThat(ReportingPeriod.ofYear(Year.MIN_VALUE).start()).isEqualTo(LocalDate.MIN);
        assertThat(ReportingPeriod.ofYear(Year.MAX_VALUE - 1).endExclusive()).isEqualTo(LocalDate.of(Year.MAX_VALUE, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofYear(Year.MIN_VALUE - 1))
                .withMessage("year \"" + (Year.MIN_VALUE - 1) + "\" is out of range; a year lies in ["
                        + Year.MIN_VALUE + ", " + (Year.MAX_VALUE - 1) + "]");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofYear(Year.of(Year.MAX_VALUE)))
                .withMessage("year \"" + Year.MAX_VALUE + "\" is the last representable year; its end cannot be represented");
    }

    @Test
    void rejectsOnlyTheLastRepresentableMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.ofMonth(YearMonth.of(Year.MAX_VALUE, 12)))
                .withMessage("month \"999999999-12\" is the last representable month; its end cannot be represented");
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(Year.MAX_VALUE, 11)).endExclusive())
                .isEqualTo(LocalDate.of(Year.MAX_VALUE, 12, 1));
        assertThat(ReportingPeriod.ofMonth(YearMonth.of(2024, 12))).hasToString("2024-12-01/2025-01-01");
    }

    @Test
    void readsALeadingSlashAsAMissingStartDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("/2026-01-01"))
                .withMessage("reportingPeriod \"/2026-01-01\" does not hold two ISO dates (yyyy-MM-dd);"
                        + " write e.g. \"2025-01-01/2026-01-01\"");
    }

    @Test
    void enclosesOnlyAPeriodWithinBothOfItsEnds() {
        ReportingPeriod y2024 = ReportingPeriod.ofYear(2024);
        assertThat(y2024.encloses(y2024)).isTrue();
        assertThat(y2024.encloses(ReportingPeriod.parse("2023-12-01/2024-02-01"))).isFalse();
        assertThat(y2024.encloses(ReportingPeriod.parse("2024-12-01/2025-02-01"))).isFalse();
    }

    @Test
    void equalPeriodsHaveTheSameStartAndEnd() {
        ValueContract.assertValueSemantics(ReportingPeriod.ofYear(2025), ReportingPeriod.parse("2025-01-01/2026-01-01"),
                java.util.List.of(ReportingPeriod.parse("2025-01-02/2026-01-01"), ReportingPeriod.parse("2025-01-01/2026-01-02")));
    }
}
