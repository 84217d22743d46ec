package io.github.circularj.rules.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2026);
    private static final long FROM = Instant.parse("2025-12-25T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2027-01-08T00:00:00Z").getEpochSecond();

    @Test
    void containsAgreesWithTheReportingPeriodInZonesWithAndWithoutTransitions() {
        for (ZoneId zone : List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"), ZoneId.of("Pacific/Apia"),
                ZoneOffset.ofHours(-11))) {
            Window window = Window.of(YEAR, zone);
            qt().forAll(longs().between(FROM, TO), longs().between(0, 999_999_999L)).checkAssert((s, nanos) -> {
                Instant at = Instant.ofEpochSecond(s, nanos);
                assertThat(window.contains(at)).as(zone + " " + at).isEqualTo(YEAR.contains(at, zone));
            });
        }
    }

    @Test
    void theFirstAndLastInstantsOfTheYearInShanghaiAreInsideAndTheirNeighboursOutside() {
        Window window = Window.of(YEAR, ZoneId.of("Asia/Shanghai"));
        assertThat(window.contains(Instant.parse("2025-12-31T16:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2025-12-31T15:59:59.999999999Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2026-12-31T15:59:59.999999999Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2026-12-31T16:00:00Z"))).isFalse();
        assertThat(window.contains(Instant.parse("1990-06-01T00:00:00Z"))).isFalse();
        assertThat(window.end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }
}
