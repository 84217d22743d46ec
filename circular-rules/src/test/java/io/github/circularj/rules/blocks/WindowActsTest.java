package io.github.circularj.rules.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WindowActsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Window YEAR = Window.of(ReportingPeriod.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1)), SHANGHAI);

    @Test
    void anActPeriodNarrowsTheDaysCountedButNotTheEnd() {
        Window y2026 = YEAR.actsBetween(LocalDate.MIN, LocalDate.of(2027, 1, 1));
        assertThat(y2026.contains(Instant.parse("2026-12-31T15:59:59Z"))).isTrue(); // 23:59:59 in Shanghai
        assertThat(y2026.contains(Instant.parse("2026-12-31T16:00:00Z"))).isFalse();
        assertThat(y2026.contains(Instant.parse("2026-06-30T15:59:59Z"))).isFalse();
        assertThat(y2026.end()).isEqualTo(YEAR.end());
        assertThat(y2026.period()).isEqualTo(YEAR.period());
        assertThat(y2026.zone()).isEqualTo(SHANGHAI);
        assertThat(y2026.isEmpty()).isFalse();
        assertThat(y2026).hasToString(YEAR + ", acts 2026-07-01/2027-01-01");
        Window both = y2026.actsBetween(LocalDate.of(2026, 12, 1), LocalDate.MAX);
        assertThat(both.contains(Instant.parse("2026-11-30T16:00:00Z"))).isTrue();
        assertThat(both.contains(Instant.parse("2026-11-30T15:59:59Z"))).isFalse();
    }

    @Test
    void anActPeriodOutsideTheReportingPeriodCountsNothing() {
        Window none = YEAR.actsBetween(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.contains(Instant.parse("2028-06-01T00:00:00Z"))).isFalse();
        assertThat(none.contains(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
        assertThat(none.toString()).endsWith(", no act counted");
        assertThat(YEAR.actsBetween(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 1, 1)).isEmpty()).isTrue();
    }

    @Test
    void aZoneWithTransitionsTakesTheGeneralPathWithTheSameAnswers() {
        Window ny = Window.of(ReportingPeriod.ofYear(2026), ZoneId.of("America/New_York")).actsBetween(LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 11, 2));
        assertThat(ny.contains(Instant.parse("2026-03-08T05:00:00Z"))).isTrue();
        assertThat(ny.contains(Instant.parse("2026-03-08T04:59:59Z"))).isFalse();
        assertThat(ny.contains(Instant.parse("2026-11-02T04:59:59Z"))).isTrue();
        assertThat(ny.contains(Instant.parse("2026-11-02T05:00:00Z"))).isFalse();
    }
}
