package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeRecordsTest {

    /** Two buy-ins of one phone (bought, inspected, erased, listed, sold; bought back), and a bare one. */
    static Ledger tradeLedger() {
        Item phone = Samples.phone("PHONE-0001");
        Lifecycle twice = History.of(phone).by(Samples.STAFF).at(Samples.T0)
                .id("R-1001-collected").collected(Samples.intake("1001", Samples.T0))
                .after(Duration.ofHours(1)).id("R-1001-inspected").inspected(Inspection.of(
                        GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1001").withDefects(List.of("dent, small")))
                .after(Duration.ofHours(1)).id("R-1001-erased").erased(Erasure.blockErase(StorageMedium.FLASH)
                        .withCertificate("CERT-1001").withVerified(true))
                .after(Duration.ofDays(1)).id("R-1001-listed").listed(new Listing(SalesChannel.ONLINE_PLATFORM,
                        Samples.cny("899.00"), EnumSet.of(Disclosure.SECONDHAND_STATUS, Disclosure.CONDITION_GRADE),
                        ReturnPolicy.sevenDayNoReason()))
                .after(Duration.ofDays(2)).id("R-1001-sold").sold(Sale.of(Samples.cny("850.00"), SalesChannel.ONLINE_PLATFORM)
                        .withReturnPolicy(ReturnPolicy.sevenDayNoReason()))
                .after(Duration.ofDays(30)).id("R-1077-collected").collected(Intake.of(CollectionChannel.TRADE_IN,
                        PersonCounterparty.unverified("=HYPERLINK(\"x\")")))
                .lifecycle();
        Lifecycle bare = History.of(Samples.phone("PHONE-0002")).by(Samples.STAFF).at(Samples.T0)
                .id("R-1002-collected").collected(Intake.of(CollectionChannel.BUY_BACK, PersonCounterparty.unverified("walk-in")))
                .lifecycle();
        return Ledger.of(Samples.DEALER, Samples.PERIOD, List.of(twice, bare));
    }

    static String csv(Ledger ledger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWriter.defaults().writeTradeRecords(ledger, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static LedgerImport read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static LedgerImport read(byte[] bytes) throws IOException {
        return LedgerReader.defaults().readTradeRecords(new ByteArrayInputStream(bytes), "trades.csv", Samples.DEALER,
                Samples.PERIOD);
    }

    static List<String> rows() throws IOException {
        return new ArrayList<>(Arrays.asList(csv(tradeLedger()).split("\r\n")));
    }

    static UnreadableRecord onlyUnreadable(LedgerImport read) {
        assertThat(read.report().unreadableCount()).as("%s", read.report()).isEqualTo(1);
        return read.report().unreadable().get(0);
    }

    @Test
    void writeThenReadGivesAnEqualLedger() throws IOException {
        Ledger ledger = tradeLedger();
        LedgerImport read = read(csv(ledger));
        assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
        assertThat(read.ledger()).isEqualTo(ledger);
    }

    @Test
    void theSameLedgerGivesTheSameBytesWithOneRowPerBuyIn() throws IOException {
        assertThat(csv(tradeLedger())).isEqualTo(csv(tradeLedger()));
        assertThat(rows()).hasSize(4);
        assertThat(rows().get(0)).isEqualTo(String.join(",", TradeRecords.columnNames()));
    }

    @Test
    void aFormulaLikeCellIsReadAsPlainText() throws IOException {
        Lifecycle phone = read(csv(tradeLedger())).ledger().lifecycles()
                .filter(l -> l.itemId().value().equals("PHONE-0001")).findFirst().orElseThrow();
        assertThat(phone.collected().get(1).intake().seller().displayName()).isEqualTo("=HYPERLINK(\"x\")");
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)")) {
            List<String> rows = rows();
            rows.set(3, rows.get(3).replace("walk-in", formula));
            LedgerImport read = read(String.join("\r\n", rows) + "\r\n");
            assertThat(read.report().isClean()).isTrue();
            assertThat(read.ledger().lifecycles().filter(l -> l.itemId().value().equals("PHONE-0002")).findFirst()
                    .orElseThrow().collected().get(0).intake().seller().displayName()).isEqualTo(formula);
        }
    }

    @Test
    void aQuotedFieldWithAnEmbeddedNewlineIsOneField() throws IOException {
        List<String> rows = rows();
        rows.set(3, rows.get(3).replace("walk-in", "\"walk-in,\r\nat the door\""));
        LedgerImport read = read(String.join("\r\n", rows) + "\r\n");
        // one record, one field: the model then refuses a line end in a name, and says so for that field
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.field()).contains("seller_name");
        assertThat(r.value()).contains("walk-in,\\u000D\\u000Aat the door");
        assertThat(r.reason()).contains("control character");
    }

    @Test
    void aRowWithTooManyOrTooFewFieldsIsReportedWithItsLine() throws IOException {
        List<String> rows = rows();
        rows.set(3, rows.get(3) + ",extra");
        UnreadableRecord r = onlyUnreadable(read(String.join("\r\n", rows) + "\r\n"));
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.reason()).contains("the row has " + (TradeRecords.columnNames().size() + 1) + " fields");

        rows = rows();
        rows.set(3, rows.get(3).substring(0, rows.get(3).lastIndexOf(',')));
        assertThat(onlyUnreadable(read(String.join("\r\n", rows) + "\r\n")).reason()).contains("fields; the header has");
    }

    @Test
    void aLineAfterAnEmbeddedNewlineIsCountedFromTheFile() throws IOException {
        List<String> rows = rows();
        rows.set(2, rows.get(2).replace("=HYPERLINK", "=HYPER\nLINK"));
        rows.set(3, rows.get(3) + ",extra");
        LedgerImport read = read(String.join("\r\n", rows) + "\r\n");
        assertThat(read.report().unreadable()).extracting(UnreadableRecord::line).containsExactly(3L, 5L);
    }

    @Test
    void aByteOrderMarkAndBareLineFeedsAreAccepted() throws IOException {
        LedgerImport read = read("\uFEFF" + String.join("\n", rows()) + "\n\n");
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.ledger()).isEqualTo(tradeLedger());
    }

    @Test
    void aMissingFactStaysMissing() throws IOException {
        LedgerImport read = read(csv(tradeLedger()));
        Lifecycle bare = read.ledger().lifecycles().filter(l -> l.itemId().value().equals("PHONE-0002")).findFirst()
                .orElseThrow();
        assertThat(bare.size()).isEqualTo(1);
        assertThat(bare.collected().get(0).intake().sourceRecord()).isEmpty();
        assertThat(bare.collected().get(0).isSellerVerified()).isFalse();
    }

    @Test
    void aFactOfAnEventThatIsNotRecordedIsReported() throws IOException {
        List<String> rows = rows();
        List<String> names = TradeRecords.columnNames();
        String[] cells = rows.get(3).split(",", -1);
        cells[names.indexOf("erasure_certificate")] = "CERT-9";
        rows.set(3, String.join(",", cells));
        UnreadableRecord r = onlyUnreadable(read(String.join("\r\n", rows) + "\r\n"));
        assertThat(r.field()).contains("erasure_certificate");
        assertThat(r.reason()).contains("erased_at is empty");
    }

    @Test
    void aBadValueIsReportedByItsColumn() throws IOException {
        List<String> rows = rows();
        rows.set(1, rows.get(1).replace(",BLOCK_ERASE,1,", ",BLOCK_ERASE,two,"));
        UnreadableRecord r = onlyUnreadable(read(String.join("\r\n", rows) + "\r\n"));
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.field()).contains("erasure_passes");
        assertThat(r.value()).contains("two");
    }

    @Test
    void aTimeWithoutAnOffsetIsRefusedNotGuessed() throws IOException {
        List<String> rows = rows();
        rows.set(3, rows.get(3).replace("2025-03-01T01:30:00Z", "2025-03-01 09:30"));
        UnreadableRecord r = onlyUnreadable(read(String.join("\r\n", rows) + "\r\n"));
        assertThat(r.field()).contains("bought_in_at");
        assertThat(r.reason()).contains("offset");
    }

    @Test
    void aQuotedFieldNeverClosedIsReported() throws IOException {
        List<String> rows = rows();
        rows.set(3, rows.get(3).replace("walk-in", "\"walk-in"));
        UnreadableRecord r = onlyUnreadable(read(String.join("\r\n", rows) + "\r\n"));
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.reason()).contains("never closed");
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        byte[] bytes = (String.join("\r\n", rows()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        bytes[text.lastIndexOf("walk-in")] = (byte) 0xC3; // a lead byte followed by 'a', not a continuation byte
        UnreadableRecord r = onlyUnreadable(read(bytes));
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.reason()).contains("not UTF-8");
    }

    @Test
    void aFileWithoutAValidHeaderRowFails() {
        assertThatThrownBy(() -> read("")).isInstanceOf(LedgerFormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("record_id,item_id,colour\r\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("column \"colour\" is not a trade-record column");
        assertThatThrownBy(() -> read("record_id,item_id\r\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("no column \"category\"");
        assertThatThrownBy(() -> read("record_id,record_id\r\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void aHeaderWithOnlyTheRequiredColumnsIsEnough() throws IOException {
        String text = String.join(",", TradeRecords.REQUIRED) + "\r\n"
                + "R-9,BOOK-9,book,Tellquin,Atlas,staff-07,2025-03-01T01:30:00Z,DONATION\r\n";
        LedgerImport read = read(text);
        // the seller is missing, and a collection needs one: the row is reported, not filled in
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("seller_kind");
    }

    @Test
    void theWriterRefusesAHistoryTheColumnsCannotHold() {
        assertThatThrownBy(() -> csv(Samples.ledger())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written as trade records");
    }
}
