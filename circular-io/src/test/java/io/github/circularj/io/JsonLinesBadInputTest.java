package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input the format meets: a bad file fails at once, a bad line is reported and never dropped. */
class JsonLinesBadInputTest {

    @TempDir
    Path dir;

    private static final Ledger LEDGER = Samples.ledger();
    private static final List<String> LINES = Arrays.asList(Samples.text(Samples.jsonLines(LEDGER)).split("\n"));
    private static final long EVENTS = LEDGER.lifecycles().mapToLong(Lifecycle::size).sum();

    private static String header() {
        return LINES.get(0);
    }

    private static String ungroupedHeader() {
        return header().replace("\"grouped\":true", "\"grouped\":false");
    }

    private static int indexOf(String prefix) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }

    private static LedgerImport read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static LedgerImport read(byte[] bytes) throws IOException {
        return LedgerReader.defaults().read(new ByteArrayInputStream(bytes), "bad.jsonl");
    }

    private static String withLine(int index, String replacement) {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(index, replacement);
        return String.join("\n", lines) + "\n";
    }

    /** Reads the sample with one text replaced in the first line starting with a prefix. */
    private static LedgerImport readEdited(String prefix, String from, String to) throws IOException {
        int i = indexOf(prefix);
        return read(withLine(i, LINES.get(i).replace(from, to)));
    }

    private static UnreadableRecord onlyUnreadable(LedgerImport read) {
        assertThat(read.report().unreadableCount()).isEqualTo(1);
        return read.report().unreadable().get(0);
    }

    // ------------------------------------------------------------ a malformed file fails at once

    @Test
    void anEmptyFileFails() {
        assertThatThrownBy(() -> read("")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("bad.jsonl:1").hasMessageContaining("empty");
    }

    @Test
    void aFileThatIsNotJsonFails() {
        assertThatThrownBy(() -> read("item_id,category\nA,phone\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("bad.jsonl:1: the first line is not a ledger header");
    }

    @Test
    void aWrongHeaderFails() {
        assertThatThrownBy(() -> read("{\"type\":\"ITEM\",\"itemId\":\"A\"}\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("no \"format\" field");
        assertThatThrownBy(() -> read(header().replace("circular-ledger", "other-ledger") + "\n"))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("format \"other-ledger\" is not");
    }

    @Test
    void anUnknownFormatVersionFails() {
        assertThatThrownBy(() -> read(header().replace("\"version\":1", "\"version\":2") + "\n"))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("format version 2 is unknown");
    }

    @Test
    void aHeaderWithAnUnknownOrBadFieldFails() {
        assertThatThrownBy(() -> read(header().replace("\"grouped\"", "\"colour\":\"red\",\"grouped\"") + "\n"))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("field \"colour\"");
        assertThatThrownBy(() -> read(header().replace("\"cityCode\":\"338100\"", "\"cityCode\":\"33810\"") + "\n"))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("field \"cityCode\"");
    }

    // ------------------------------------------------------------ line by line: reported, never thrown

    @Test
    void aTruncatedLastLineIsReportedWithItsLineNumber() throws IOException {
        String whole = String.join("\n", LINES);
        String cut = whole.substring(0, whole.length() - 20); // no final line end, the last object cut short
        LedgerImport read = read(cut);
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(LINES.size());
        assertThat(r.reason()).contains("no line end").contains("cut short");
        assertThat(read.report().accepted()).isEqualTo(EVENTS - 1);
        assertThat(read.report().submitted()).isEqualTo(EVENTS);
    }

    @Test
    void aLastLineWithoutALineEndButCompleteIsRead() throws IOException {
        LedgerImport read = read(String.join("\n", LINES));
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.ledger()).isEqualTo(LEDGER);
    }

    @Test
    void aByteOrderMarkCrLfAndBlankLinesAreAccepted() throws IOException {
        String text = "\uFEFF" + String.join("\r\n", LINES) + "\r\n\r\n   \n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
        lines.add(3, "");
        LedgerImport read = read(String.join("\r\n", lines));
        assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
        assertThat(read.ledger()).isEqualTo(LEDGER);
    }

    @Test
    void aByteOrderMarkAtTheStartOfALaterLineIsAcceptedToo() throws IOException {
        // as left by concatenating files; it holds nothing, so nothing is lost
        int i = indexOf("{\"type\":\"DISPOSED\"");
        LedgerImport read = read(withLine(i, "\uFEFF" + LINES.get(i)));
        assertThat(read.report().isClean()).isTrue();
        assertThat(read.ledger()).isEqualTo(LEDGER);
    }

    @Test
    void aDuplicateHeaderIsReported() throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.add(2, header());
        LedgerImport read = read(String.join("\n", lines) + "\n");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.field()).contains("format");
        assertThat(r.reason()).contains("second header");
        assertThat(read.ledger()).isEqualTo(LEDGER);
    }

    @Test
    void anEventBeforeItsItemIsAcceptedWhenUngroupedAndReportedWhenGrouped() throws IOException {
        int item = indexOf("{\"type\":\"ITEM\",\"itemId\":\"BOOK-0001\"");
        List<String> lines = new ArrayList<>(LINES);
        String collected = lines.remove(item + 1);
        lines.add(item, collected); // the book's first event now comes before the book

        LedgerImport ungrouped = read(ungroupedHeader() + "\n" + String.join("\n", lines.subList(1, lines.size())) + "\n");
        assertThat(ungrouped.report().isClean()).isTrue();
        assertThat(ungrouped.ledger()).isEqualTo(LEDGER);

        LedgerImport grouped = read(String.join("\n", lines) + "\n");
        UnreadableRecord r = onlyUnreadable(grouped);
        assertThat(r.line()).isEqualTo(item + 1);
        assertThat(r.field()).contains("itemId");
        assertThat(r.reason()).contains("grouped by item").contains("no item line came before it");
        // the disposal that followed is then refused by the lifecycle: an item cannot be disposed of before collection
        assertThat(grouped.report().rejectedFor(RejectedEvent.Reason.ILLEGAL_TRANSITION)).isEqualTo(1);
        assertThat(grouped.report().submitted()).isEqualTo(EVENTS);
    }

    @Test
    void anItemOutOfOrderInAGroupedFileIsReportedWithItsEvents() throws IOException {
        int book = indexOf("{\"type\":\"ITEM\",\"itemId\":\"BOOK-0001\"");
        List<String> lines = new ArrayList<>(LINES);
        List<String> bookLines = new ArrayList<>(lines.subList(book, book + 3));
        lines.subList(book, book + 3).clear();
        lines.addAll(bookLines); // BOOK-0001 after PHONE-0001
        LedgerImport read = read(String.join("\n", lines) + "\n");
        assertThat(read.report().unreadableCount()).isEqualTo(3);
        assertThat(read.report().unreadable().get(0).reason()).contains("ascending item id order")
                .contains("after item \"PHONE-0001\"");
        assertThat(read.report().submitted()).isEqualTo(EVENTS + 1);
    }

    @Test
    void anUnknownEventTypeIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"DISPOSED\"", "DISPOSED", "BURIED");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(indexOf("{\"type\":\"DISPOSED\"") + 1);
        assertThat(r.field()).contains("type");
        assertThat(r.value()).contains("BURIED");
        assertThat(r.reason()).contains("not ITEM or an event type");
        assertThat(read.report().submitted()).isEqualTo(EVENTS);
        assertThat(read.report().isClean()).isFalse();
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"DISPOSED\"", "\"method\"", "\"colour\":\"red\",\"method\"");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("colour");
        assertThat(r.value()).contains("red");
        assertThat(r.reason()).contains("not a field of an event of type DISPOSED");
    }

    @Test
    void aFieldOfAnotherTypeIsRefusedByName() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"DISPOSED\"", "\"method\"", "\"passes\":2,\"method\"");
        assertThat(onlyUnreadable(read).field()).contains("passes");
    }

    @Test
    void aNumberWhereAStringIsExpectedIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"EXPORTED\"", "\"KZ\"", "398");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("destinationCountry");
        assertThat(r.value()).contains("398");
        assertThat(r.reason()).contains("a number where a string is expected");
    }

    @Test
    void aStringWhereANumberIsExpectedIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"DATA_ERASED\"", "\"passes\":3", "\"passes\":\"three\"");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("passes");
        assertThat(r.reason()).contains("a string where a number is expected");
    }

    @Test
    void aValueTheModelRefusesIsReportedWithTheModelsReason() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"ITEM\",\"itemId\":\"PHONE-0001\"", "356938035643809", "356938035643808");
        UnreadableRecord r = read.report().unreadable().get(0);
        assertThat(r.line()).isEqualTo(indexOf("{\"type\":\"ITEM\",\"itemId\":\"PHONE-0001\"") + 1);
        assertThat(r.field()).contains("identifiers");
        assertThat(r.reason()).contains("Luhn");
        // in a grouped file, the phone's events then belong to no group: each is reported too
        assertThat(read.report().unreadable().get(1).reason()).contains("grouped by item");
        assertThat(read.report().unreadableCount()).isEqualTo(1 + LEDGER.lifecycles()
                .filter(l -> l.itemId().value().equals("PHONE-0001")).mapToLong(Lifecycle::size).sum());
    }

    @Test
    void aMissingFactStaysMissing() throws IOException {
        int i = indexOf("{\"type\":\"COLLECTED\",\"id\":\"PHONE-0001-4\"");
        String noSource = LINES.get(i).replace(",\"sourceSite\":\"Store 3\",\"sourceVerificationMethod\":\"ID_CARD_READER\","
                + "\"sourceReference\":\"SRC-0001\"", "");
        LedgerImport read = read(withLine(i, noSource));
        assertThat(read.report().isClean()).isTrue();
        Lifecycle phone = read.ledger().lifecycles().filter(l -> l.itemId().value().equals("PHONE-0001")).findFirst()
                .orElseThrow();
        assertThat(phone.collected().get(0).intake().sourceRecord()).isEmpty();
        assertThat(phone.collected().get(0).isSellerVerified()).isFalse();
    }

    @Test
    void aRequiredFieldMissingIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"DISPOSED\"", ",\"method\":\"INCINERATION\"", "");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("method");
        assertThat(r.value()).isEmpty();
        assertThat(r.reason()).contains("required and missing");
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        int i = indexOf("{\"type\":\"DISPOSED\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < LINES.size(); k++) {
            byte[] line = LINES.get(k).getBytes(StandardCharsets.UTF_8);
            if (k == i) {
                line = LINES.get(k).replace("INCINERATION", "INCINERATI\u00d8N").getBytes(StandardCharsets.UTF_8);
                line[Samples.text(line).indexOf('\u00d8')] = (byte) 0xFF;
            }
            out.write(line);
            out.write('\n');
        }
        LedgerImport read = read(out.toByteArray());
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(i + 1);
        assertThat(r.reason()).contains("UTF-8");
    }

    @Test
    void aLineThatIsNotJsonIsReported() throws IOException {
        int i = indexOf("{\"type\":\"DISPOSED\"");
        LedgerImport read = read(withLine(i, "DISPOSED,BOOK-0001"));
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).isEmpty();
        assertThat(r.reason()).contains("not valid JSON");
    }

    @Test
    void aHugeLineIsRefusedWithItsLineNumberWithoutBeingHeldWhole() throws IOException {
        int i = indexOf("{\"type\":\"DISPOSED\"");
        int huge = 10 * 1024 * 1024;
        String prefix = String.join("\n", LINES.subList(0, i)) + "\n{\"type\":\"DISPOSED\",\"reason\":\"";
        String suffix = "\"}\n" + String.join("\n", LINES.subList(i + 1, LINES.size())) + "\n";
        InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), new RepeatingStream('x', huge),
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
        LedgerReader reader = LedgerReader.defaults();
        LedgerImport read = reader.read(in, "huge.jsonl");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(i + 1);
        assertThat(r.valueLength()).isGreaterThan(huge);
        assertThat(r.reason()).contains("more than the limit of " + LedgerReader.DEFAULT_MAX_LINE_BYTES);
        assertThat(read.report().submitted()).isEqualTo(EVENTS);
    }

    @Test
    void theLineLimitIsAnOption() throws IOException {
        int i = indexOf("{\"type\":\"SOLD\",\"id\":\"CAR");
        LedgerImport read = LedgerReader.defaults().withMaxLineBytes(1024)
                .read(new ByteArrayInputStream(withLine(i, LINES.get(i).replace("\"CONF-77\",\"warr",
                        "\"" + "c".repeat(2000) + "\",\"warr")).getBytes(StandardCharsets.UTF_8)), "bad.jsonl");
        assertThat(onlyUnreadable(read).reason()).contains("limit of 1024");
    }

    @Test
    void theReportKeepsTheFirstUnreadableRecordsAndCountsAll() throws IOException {
        StringBuilder text = new StringBuilder(header()).append('\n');
        for (int k = 0; k < 50; k++) {
            text.append("not json ").append(k).append('\n');
        }
        LedgerImport read = LedgerReader.defaults().withUnreadableLimit(10)
                .read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "bad.jsonl");
        assertThat(read.report().unreadable()).hasSize(10);
        assertThat(read.report().unreadable().get(9).line()).isEqualTo(11);
        assertThat(read.report().unreadableCount()).isEqualTo(50);
        assertThat(read.report().submitted()).isEqualTo(50);
    }

    @Test
    void aDuplicateItemWithOtherFactsIsReportedWhenUngrouped() throws IOException {
        int i = indexOf("{\"type\":\"ITEM\",\"itemId\":\"BOOK-0001\"");
        List<String> lines = new ArrayList<>(LINES);
        lines.set(0, ungroupedHeader());
        lines.add(LINES.get(i).replace("Atlas", "Atlas II"));
        LedgerImport read = read(String.join("\n", lines) + "\n");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.line()).isEqualTo(lines.size());
        assertThat(r.field()).contains("itemId");
    }

    @Test
    void aValueWithAPersonalNumberIsMaskedInTheReport() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"RETURNED\"", "changed mind", "call 13812345678");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.toString()).doesNotContain("13812345678");
    }

    @Test
    void aGroupedFileThatChangesBetweenPassesFailsThePass() throws IOException {
        Path file = dir.resolve("changing.jsonl");
        Files.writeString(file, String.join("\n", LINES) + "\n");
        LedgerImport read = LedgerReader.defaults().read(file);
        Files.writeString(file, String.join("\n", LINES.subList(0, LINES.size() - 1)) + "\n");
        assertThatThrownBy(() -> read.ledger().lifecycles().collect(Collectors.toList()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed since it was read");
    }

    @Test
    void aGroupedFileReadFromAPathReportsWhatAStreamReports() throws IOException {
        int i = indexOf("{\"type\":\"DISPOSED\"");
        String text = withLine(i, "not json");
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, text);
        LedgerImport fromPath = LedgerReader.defaults().read(file);
        LedgerImport fromStream = read(text);
        assertThat(fromPath.report()).isEqualTo(fromStream.report());
        assertThat(fromPath.ledger().lifecycles().collect(Collectors.toList()))
                .isEqualTo(fromStream.ledger().lifecycles().collect(Collectors.toList()));
    }

    /** An input stream of one byte repeated, so that a huge line never exists in the test's memory either. */
    private static final class RepeatingStream extends InputStream {
        private final int b;
        private long left;

        RepeatingStream(char c, long count) {
            this.b = c;
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? b : -1;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(buf, off, off + n, (byte) b);
            left -= n;
            return n;
        }
    }

    // ------------------------------------------------------------ trade-in claims (issue 22)

    @Test
    void aClaimBuyerHoldingAnIdentityNumberIsReportedMasked() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"SOLD_NEW\",\"id\":\"FRIDGE-0002-1\"", "BUYER-7f3a9c", "11010519491231002X");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("claimBuyer");
        assertThat(r.toString()).doesNotContain("11010519491231002X");
    }

    @Test
    void anOldItemWithoutItsCollectionEventIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"SOLD_NEW\",\"id\":\"FRIDGE-0002-1\"", ",\"claimCollectedEventId\":\"FRIDGE-0001-1\"", "");
        UnreadableRecord r = onlyUnreadable(read);
        assertThat(r.field()).contains("claimOldItemId");
        assertThat(r.reason()).contains("go together");
    }

    @Test
    void anUnknownProgrammeCategoryAndAClaimOverThePriceAreReported() throws IOException {
        assertThat(onlyUnreadable(readEdited("{\"type\":\"SOLD_NEW\",\"id\":\"FRIDGE-0002-1\"", "\"refrigerator\"", "\"bicycle\""))
                .reason()).contains("not a programme category");
        assertThat(onlyUnreadable(readEdited("{\"type\":\"SOLD_NEW\",\"id\":\"FRIDGE-0002-1\"", "\"claimed\":\"800.00\"",
                "\"claimed\":\"4000.01\"")).reason()).contains("exceeds the finalPrice");
    }

    @Test
    void anEfficiencyGradeOutsideOneToFiveIsReported() throws IOException {
        LedgerImport read = readEdited("{\"type\":\"ITEM\",\"itemId\":\"FRIDGE-0002\"",
                "\"efficiencyGrade\":1", "\"efficiencyGrade\":6");
        UnreadableRecord r = read.report().unreadable().get(0); // then its sale, of an item the file does not hold
        assertThat(r.field()).contains("efficiencyGrade");
        assertThat(r.reason()).contains("outside 1 to 5");
    }
}
