package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static Fields one(String name, String value) throws BadRecord {
        Fields f = new Fields(false);
        f.put(name, Fields.Kind.TEXT, value);
        return f;
    }

    @Test
    void theFastInstantParserAgreesWithTheFormatterOnAnyInstantAndOffset() {
        qt().withExamples(2_000).forAll(longs().between(-62_000_000_000L, 250_000_000_000L), integers().between(0, 999_999_999),
                integers().between(-18 * 4, 18 * 4)).checkAssert((seconds, nanos, quarters) -> {
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
                    String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            Instant.ofEpochSecond(seconds, nanos).atOffset(offset));
                    Instant expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                    Instant fast = Fields.fastInstant(text);
                    if (text.charAt(0) != '+' && text.charAt(0) != '-') { // years 0000-9999: the common form
                        assertThat(fast).as(text).isEqualTo(expected);
                    } else {
                        assertThat(fast).as(text).isNull();
                    }
                    try {
                        assertThat(one("at", text).instant("at")).isEqualTo(expected);
                    } catch (BadRecord e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void theEpochDayOfEveryDateOfTheFourDigitYearsIsLocalDatesAndEveryImpossibleDateIsRefused() {
        for (int year = 0; year <= 9999; year++) {
            for (int month = 1; month <= 12; month++) {
                int length = java.time.YearMonth.of(year, month).lengthOfMonth();
                for (int day = 0; day <= 32; day++) {
                    long expected = day >= 1 && day <= length ? java.time.LocalDate.of(year, month, day).toEpochDay()
                            : Long.MIN_VALUE;
                    if (Fields.epochDay(year, month, day) != expected) {
                        assertThat(Fields.epochDay(year, month, day)).as("%04d-%02d-%02d", year, month, day)
                                .isEqualTo(expected);
                    }
                }
            }
            assertThat(Fields.epochDay(year, 0, 1)).isEqualTo(Long.MIN_VALUE);
            assertThat(Fields.epochDay(year, 13, 1)).isEqualTo(Long.MIN_VALUE);
        }
        assertThat(Fields.epochDay(1970, 1, 1)).isZero();
        assertThat(Fields.epochDay(2024, 2, 29)).isEqualTo(19_782L);
        assertThat(Fields.epochDay(2100, 2, 29)).as("2100 is not a leap year").isEqualTo(Long.MIN_VALUE);
        assertThat(Fields.epochDay(-1, 12, 31)).isEqualTo(Long.MIN_VALUE);
        assertThat(Fields.epochDay(10_000, 1, 1)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void theFastParserTakesTheCommonFormsAndLeavesTheRestToTheFormatter() {
        assertThat(Fields.fastInstant("2025-03-01T09:30:00+08:00")).isEqualTo(Instant.parse("2025-03-01T01:30:00Z"));
        assertThat(Fields.fastInstant("2025-03-01T01:30:00.5Z")).isEqualTo(Instant.parse("2025-03-01T01:30:00.500Z"));
        for (String other : List.of("2025-03-01T09:30+08:00", "2025-02-30T09:30:00Z", "2025-03-01T24:00:00Z",
                "2025-03-01T09:30:00+19:00", "2025-03-01T09:30:00", "2025-03-01 09:30:00Z", "+12025-03-01T09:30:00Z",
                "2025-03-01T09:30:00.Z", "2025-03-01T09:30:00.1234567891Z", "２０２５-03-01T09:30:00Z",
                "2025-03-01T09:30:00.12345678\uD83D\uDE00", "2025-03-01T09:30:00\uD83D\uDE00+08:00")) {
            assertThat(Fields.fastInstant(other)).as(other).isNull();
        }
    }

    @Test
    void aTimeWithoutAnOffsetOrAnImpossibleDateIsRefused() {
        for (String bad : List.of("2025-03-01T09:30:00", "2025-02-30T09:30:00Z", "2025-03-01 09:30:00Z", "")) {
            assertThatThrownBy(() -> one("at", bad).instant("at")).isInstanceOf(BadRecord.class)
                    .hasMessageContaining("offset");
        }
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws BadRecord {
        Fields f = one("a", "1");
        assertThatThrownBy(() -> f.put("a", Fields.Kind.TEXT, "2")).isInstanceOf(BadRecord.class)
                .hasMessageContaining("twice");
    }

    @Test
    void numbersFollowTheJsonGrammar() throws BadRecord {
        Fields f = new Fields(true);
        for (String bad : List.of("NaN", "Infinity", "+1", "0x10", "1.", ".5", "1e", "1,5")) {
            f.clear();
            f.put("kg", Fields.Kind.TEXT, bad);
            assertThatThrownBy(() -> f.decimal("kg")).as(bad).isInstanceOf(BadRecord.class);
        }
        f.clear();
        f.put("kg", Fields.Kind.TEXT, "-1.5e3");
        assertThat(f.decimal("kg")).isEqualTo(-1500.0);
    }
}
