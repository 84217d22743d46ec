package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.DEALER;
import static io.github.circularj.model.lifecycle.Fixtures.PERIOD;
import static io.github.circularj.model.lifecycle.Fixtures.STAFF;
import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnreadableRecordTest {

    private static UnreadableRecord bad(long line) {
        return UnreadableRecord.ofField("ledger.jsonl", line, "passes", "two", "a whole number is expected");
    }

    @Test
    void keepsWhereAndWhatWasWrong() {
        UnreadableRecord r = bad(12);
        assertThat(r.source()).isEqualTo("ledger.jsonl");
        assertThat(r.line()).isEqualTo(12);
        assertThat(r.field()).contains("passes");
        assertThat(r.value()).contains("two");
        assertThat(r.valueLength()).isEqualTo(3);
        assertThat(r.reason()).isEqualTo("a whole number is expected");
        assertThat(r).hasToString("ledger.jsonl:12: field \"passes\" = \"two\" (3 characters): a whole number is expected");
    }

    @Test
    void aWholeLineHasNoFieldAndNoValue() {
        UnreadableRecord r = UnreadableRecord.ofLine("a.jsonl", 3, "not JSON");
        assertThat(r.field()).isEmpty();
        assertThat(r.value()).isEmpty();
        assertThat(r.valueLength()).isZero();
        assertThat(r).hasToString("a.jsonl:3: not JSON");
    }

    @Test
    void aMissingValueIsEmptyWithLengthZero() {
        UnreadableRecord r = UnreadableRecord.ofField("a.jsonl", 3, "at", null, "missing");
        assertThat(r.value()).isEmpty();
        assertThat(r.valueLength()).isZero();
        assertThat(r).hasToString("a.jsonl:3: field \"at\": missing");
    }

    @Test
    void cutsALongValueToEightyCharactersAndKeepsItsLength() {
        String value = "x".repeat(10_000);
        UnreadableRecord r = UnreadableRecord.ofField("a.jsonl", 1, "brand", value, "too long");
        assertThat(r.value()).contains("x".repeat(UnreadableRecord.MAX_VALUE_LENGTH));
        assertThat(r.valueLength()).isEqualTo(10_000);
    }

    @Test
    void writesControlCharactersAsEscapes() {
        UnreadableRecord r = UnreadableRecord.ofField("a.jsonl", 1, "brand", "a\u0000b", "hidden character");
        assertThat(r.value()).contains("a\\u0000b");
        assertThat(r.valueLength()).isEqualTo(3);
    }

    @Test
    void masksWhatLooksLikeAPersonalNumber() {
        UnreadableRecord r = UnreadableRecord.ofField("a.jsonl", 1, "sellerName", "Wang 13812345678 call", "personal number");
        assertThat(r.value()).hasValueSatisfying(v -> {
            assertThat(v).doesNotContain("13812345678");
            assertThat(v).contains("***********");
        });
    }

    @Test
    void refusesALineBelowOne() {
        assertThatThrownBy(() -> UnreadableRecord.ofLine("a.jsonl", 0, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line \"0\"");
    }

    @Test
    void refusesABlankSourceOrReasonAndANegativeLength() {
        assertThatThrownBy(() -> UnreadableRecord.ofLine(" ", 1, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> UnreadableRecord.ofLine("a", 1, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new UnreadableRecord("a", 1, Optional.empty(), Optional.empty(), -1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valueLength \"-1\"");
    }

    @Test
    void theOldReportConstructorHasNoUnreadableRecords() {
        LedgerReport report = new LedgerReport(3, List.of());
        assertThat(report.unreadable()).isEmpty();
        assertThat(report.unreadableCount()).isZero();
        assertThat(report.submitted()).isEqualTo(3);
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void aReportCountsUnreadableRecordsAsSubmittedAndNotClean() {
        LedgerReport report = LedgerReport.of(3, List.of(), List.of(bad(1)), 5);
        assertThat(report.submitted()).isEqualTo(8);
        assertThat(report.isClean()).isFalse();
        assertThat(report.unreadable()).containsExactly(bad(1));
    }

    @Test
    void aReportRefusesACountBelowTheRecordsKept() {
        assertThatThrownBy(() -> LedgerReport.of(0, List.of(), List.of(bad(1), bad(2)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadableCount \"1\"");
    }

    @Test
    void theBuilderKeepsTheFirstUnreadableRecordsUpToItsLimitAndCountsAll() {
        Item item = Fixtures.item("A");
        Ledger.Builder builder = Ledger.builder(DEALER, PERIOD).unreadableLimit(2).item(item)
                .event(new Manufactured(EventId.of("e1"), ItemId.of("A"), T0, STAFF));
        for (int line = 1; line <= 5; line++) {
            builder.unreadable(bad(line));
        }
        Ledger.Result result = builder.build();
        assertThat(result.report().unreadable()).containsExactly(bad(1), bad(2));
        assertThat(result.report().unreadableCount()).isEqualTo(5);
        assertThat(result.report().accepted()).isEqualTo(1);
        assertThat(result.report().submitted()).isEqualTo(6);
        assertThat(result.report().isClean()).isFalse();
        assertThat(result.ledger().report()).contains(result.report());
    }

    @Test
    void theBuilderKeepsAThousandByDefault() {
        Ledger.Builder builder = Ledger.builder(DEALER, PERIOD);
        for (int line = 1; line <= 1_001; line++) {
            builder.unreadable(bad(line));
        }
        LedgerReport report = builder.build().report();
        assertThat(report.unreadable()).hasSize(Ledger.Builder.DEFAULT_UNREADABLE_LIMIT);
        assertThat(report.unreadableCount()).isEqualTo(1_001);
    }

    @Test
    void aLimitOfZeroKeepsNoUnreadableRecordButCountsThemAndTheBuilderChains() {
        Ledger.Builder builder = Ledger.builder(DEALER, PERIOD);
        assertThat(builder.unreadableLimit(0)).isSameAs(builder);
        assertThat(builder.unreadable(bad(1))).isSameAs(builder);
        builder.unreadable(bad(2));
        LedgerReport report = builder.build().report();
        assertThat(report.unreadable()).isEmpty();
        assertThat(report.unreadableCount()).isEqualTo(2);
    }

    @Test
    void theBuilderRefusesANegativeLimit() {
        assertThatThrownBy(() -> Ledger.builder(DEALER, PERIOD).unreadableLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"-1\"");
    }
}
