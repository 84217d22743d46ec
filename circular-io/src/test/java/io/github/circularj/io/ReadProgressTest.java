package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReadProgress}: one update per item record and a last one with every byte, counts never falling. */
class ReadProgressTest {

    @TempDir
    Path dir;

    private record Update(long items, long bytes, long total) {
    }

    private static String header(boolean grouped) {
        return "{\"format\":\"circular-ledger\",\"version\":1,\"enterpriseCreditCode\":\"91138100MA000CHXB9\","
                + "\"enterpriseName\":\"Example Trading Co. (synthetic)\",\"cityCode\":\"138100\",\"cityName\":\"Example (synthetic)\","
                + "\"roles\":[\"DEALER\"],\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2026-01-01\",\"grouped\":" + grouped
                + ",\"synthetic\":true}";
    }

    private Path ledger(boolean grouped, int items) throws IOException {
        List<String> lines = new ArrayList<>(List.of(header(grouped)));
        for (int i = 0; i < items; i++) {
            String id = String.format(Locale.ROOT, "ITEM-%04d", i);
            lines.add("{\"type\":\"ITEM\",\"itemId\":\"" + id + "\",\"brand\":\"Acme\",\"model\":\"X1\","
                    + "\"category\":\"electronics/tablet\",\"identifiers\":[{\"kind\":\"SERIAL\",\"value\":\"SN-" + i + "\"}]}");
            lines.add("{\"type\":\"COLLECTED\",\"id\":\"" + id + "-1\",\"itemId\":\"" + id + "\",\"at\":\"2025-08-10T16:03:09Z\","
                    + "\"actor\":\"staff-07\",\"channel\":\"BUY_BACK\",\"sellerKind\":\"PERSON\",\"sellerName\":\"walk-in\"}");
        }
        Path file = dir.resolve(grouped ? "grouped.jsonl" : "plain.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertProgress(List<Update> updates, long items, long size) {
        assertThat(updates).hasSize((int) items + 1);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i).items()).isGreaterThanOrEqualTo(updates.get(i - 1).items());
            assertThat(updates.get(i).bytes()).isGreaterThanOrEqualTo(updates.get(i - 1).bytes());
        }
        assertThat(updates).allSatisfy(u -> assertThat(u.total()).isEqualTo(size));
        assertThat(updates.get(0).items()).isEqualTo(1);
        assertThat(updates.get(updates.size() - 1)).isEqualTo(new Update(items, size, size));
    }

    @Test
    void aGroupedLedgerReportsEveryItemAndEndsWithTheWholeFile() throws IOException {
        Path file = ledger(true, 40);
        List<Update> updates = new ArrayList<>();
        LedgerImport read = LedgerReader.defaults().read(file, (i, b, t) -> updates.add(new Update(i, b, t)));
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.ledger().lifecycles().count()).isEqualTo(40);
        assertProgress(updates, 40, Files.size(file));
        // a pass over the streaming ledger reads the file again without reporting progress
        assertThat(updates).hasSize(41);
    }

    @Test
    void anUngroupedLedgerReportsEveryItemAndEndsWithTheWholeFile() throws IOException {
        Path file = ledger(false, 25);
        List<Update> updates = new ArrayList<>();
        LedgerImport read = LedgerReader.defaults().read(file, (i, b, t) -> updates.add(new Update(i, b, t)));
        assertThat(read.ledger().lifecycles().count()).isEqualTo(25);
        assertProgress(updates, 25, Files.size(file));
    }

    @Test
    void tradeRecordsReportEveryRowAndTheReadIsTheSameAsWithoutProgress() throws IOException {
        List<String> rows = new ArrayList<>(List.of("record_id,item_id,category,brand,model,actor,bought_in_at,"
                + "intake_channel,seller_kind,seller_name"));
        for (int i = 0; i < 12; i++) {
            rows.add("R-" + i + ",PHONE-" + i + ",electronics/phone,Quenado,Q7,staff-07,2025-03-01T09:30:00+08:00,"
                    + "BUY_BACK,PERSON,walk-in");
        }
        rows.add("R-bad,too,few,fields");
        Path file = dir.resolve("trades.csv");
        Files.write(file, rows, StandardCharsets.UTF_8);
        List<Update> updates = new ArrayList<>();
        LedgerImport read = LedgerReader.defaults().readTradeRecords(file, Samples.DEALER, ReportingPeriod.ofYear(2025),
                (i, b, t) -> updates.add(new Update(i, b, t)));
        assertProgress(updates, 13, Files.size(file));
        LedgerImport quiet = LedgerReader.defaults().readTradeRecords(file, Samples.DEALER, ReportingPeriod.ofYear(2025));
        assertThat(read.report()).isEqualTo(quiet.report());
        assertThat(read.report().unreadableCount()).isEqualTo(1);
    }
}
