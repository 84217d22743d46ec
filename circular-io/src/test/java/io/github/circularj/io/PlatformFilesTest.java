package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform file: every field of every record written and read back, bad lines reported, bad files refused. */
class PlatformFilesTest {

    private static final Instant T0 = Instant.parse("2025-02-01T08:00:00Z");
    private static final EnterpriseProfile PROFILE = EnterpriseProfile.retainingRecordsFor(3);

    @TempDir
    Path dir;

    /** A shop with every optional fact, a busy private seller registered as an operator, and a bare seller. */
    static PlatformRecords.Result records() {
        SellerAccount shop = SellerAccount.builder("S-SHOP", SellerKind.ENTERPRISE, T0)
                .verified(SellerCheck.of("KYB-1", T0.plusSeconds(60)))
                .recheck(SellerCheck.of("KYB-2", T0.plus(Duration.ofDays(150))))
                .licenceDisplayed().suspendedAt(T0.plus(Duration.ofDays(200))).build();
        SellerAccount person = SellerAccount.builder("S-PERSON", SellerKind.PRIVATE_PERSON, T0)
                .verified(SellerCheck.of("KYC-9", T0))
                .operatorRegistration(SellerCheck.of("REG-3", T0.plus(Duration.ofDays(30)))).build();
        SellerAccount bare = SellerAccount.builder("S-BARE", SellerKind.PRIVATE_PERSON, T0).build();
        PlatformListing phone = PlatformListing.of("L-1", "S-SHOP", Category.PHONE, T0.plus(Duration.ofDays(1)))
                .withFlag(ListingFlag.of(T0.plus(Duration.ofDays(2)), ListingFlag.Source.USER_REPORT, FlagReason.SUSPECTED_STOLEN))
                .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, T0.plus(Duration.ofDays(3))));
        PlatformListing custom = PlatformListing.of("L-2", "S-PERSON",
                Category.custom("bicycle/electric", "Electric bicycle").weee(true).build(), T0.plus(Duration.ofDays(5)));
        PlatformListing book = PlatformListing.of("L-3", "S-BARE", Category.BOOK, T0.plus(Duration.ofDays(6)));
        PlatformTransaction sold = PlatformTransaction.of("T-1", "L-2", BuyerReference.of("B-77"),
                T0.plus(Duration.ofDays(9)), Money.of("1250.50", "CNY")).retainedUntil(LocalDate.of(2029, 1, 1));
        PlatformTransaction plain = PlatformTransaction.of("T-2", "L-3", BuyerReference.of("B-78"),
                T0.plus(Duration.ofDays(10)), Money.of("12.00", "CNY"));
        return PlatformRecords.builder(Samples.DEALER, Samples.PERIOD).seller(shop).seller(person).seller(bare)
                .listing(phone).listing(custom).listing(book).transaction(sold).transaction(plain).build();
    }

    private static byte[] write(PlatformRecords records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlatformFiles.write(records, true, Optional.of(PROFILE), out);
        return out.toByteArray();
    }

    private static PlatformImport read(String text) throws IOException {
        return PlatformFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "platform.jsonl");
    }

    private static List<String> lines() throws IOException {
        return new ArrayList<>(Arrays.asList(new String(write(records().records()), StandardCharsets.UTF_8).split("\n")));
    }

    @Test
    void everyRecordReadsBackEqualWithItsHeader() throws IOException {
        PlatformRecords records = records().records();
        byte[] bytes = write(records);
        Path file = dir.resolve("platform.jsonl");
        Files.write(file, bytes);
        PlatformImport read = PlatformFiles.read(file);

        assertThat(read.result().report().isClean()).as("%s", read.result().report()).isTrue();
        assertThat(read.result().records().isInMemory()).as("a grouped file streams").isFalse();
        assertThat(read.result().records().sellers().toList()).isEqualTo(records.sellers().toList());
        assertThat(read.result().records().sellerCount()).isEqualTo(3);
        assertThat(read.result().report().accepted()).isEqualTo(3 + 3 + 2);
        assertThat(read(new String(bytes, StandardCharsets.UTF_8)).result().records()).isEqualTo(records);
        assertThat(read.header().enterprise()).isEqualTo(Samples.DEALER);
        assertThat(read.header().period()).isEqualTo(Samples.PERIOD);
        assertThat(read.header().synthetic()).isTrue();
        assertThat(read.header().profile()).contains(PROFILE);
        assertThat(write(read.result().records())).as("the same bytes again").isEqualTo(bytes);
    }

    @Test
    void theWriterGroupsBySellerInIdOrderAndWritesOnlyTheFactsPresent() throws IOException {
        List<String> lines = lines();
        assertThat(lines.get(0)).startsWith("{\"format\":\"circular-platform\",\"version\":1,");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("{\"type\":\"SELLER\"", "{\"type\":\"LISTING\"", "{\"type\":\"TRANSACTION\"",
                        "{\"type\":\"SELLER\"", "{\"type\":\"LISTING\"", "{\"type\":\"TRANSACTION\"",
                        "{\"type\":\"SELLER\"", "{\"type\":\"LISTING\"");
        assertThat(lines.get(1)).isEqualTo("{\"type\":\"SELLER\",\"sellerId\":\"S-BARE\",\"kind\":\"PRIVATE_PERSON\","
                + "\"openedAt\":\"2025-02-01T08:00:00Z\"}");
        assertThat(lines.get(3)).isEqualTo("{\"type\":\"TRANSACTION\",\"transactionId\":\"T-2\",\"listingId\":\"L-3\","
                + "\"buyer\":\"B-78\",\"completedAt\":\"2025-02-11T08:00:00Z\",\"amount\":\"12.00\",\"currency\":\"CNY\"}");
    }

    @Test
    void aMissingFactStaysMissing() throws IOException {
        List<String> lines = lines();
        int shop = indexOf(lines, "\"sellerId\":\"S-SHOP\",\"kind\"");
        lines.set(shop, lines.get(shop).replaceAll(",\"verificationReference\":\"KYB-1\",\"verifiedAt\":\"[^\"]*\"", "")
                .replaceAll(",\"rechecks\":\\[[^]]*]", ""));
        PlatformImport read = read(String.join("\n", lines) + "\n");
        assertThat(read.result().report().isClean()).as("%s", read.result().report()).isTrue();
        SellerAccount account = read.result().records().sellers().filter(a -> a.account().id().equals("S-SHOP"))
                .findFirst().orElseThrow().account();
        assertThat(account.verification()).isEmpty();
        assertThat(account.rechecks()).isEmpty();
    }

    @Test
    void aBadLineIsReportedWithItsLineFieldAndReasonAndTheRestIsRead() throws IOException {
        List<String> lines = lines();
        int shop = indexOf(lines, "\"sellerId\":\"S-SHOP\",\"kind\"");
        lines.set(shop, lines.get(shop).replace("\"kind\":\"ENTERPRISE\"", "\"kind\":\"COMPANY\""));
        lines.add("{\"type\":\"ITEM\",\"itemId\":\"X\"}");
        lines.add("not json");
        lines.add("{\"type\":\"LISTING\",\"listingId\":\"L-9\",\"sellerId\":\"S-BARE\",\"category\":\"book\","
                + "\"listedAt\":\"2025-03-01T00:00:00Z\",\"colour\":\"red\"}");
        PlatformImport read = read(String.join("\n", lines) + "\n");
        PlatformRecords.Report report = read.result().report();

        assertThat(report.unreadableCount()).isEqualTo(4);
        assertThat(report.unreadable()).extracting(UnreadableRecord::line)
                .containsExactly((long) shop + 1, (long) lines.size() - 2, (long) lines.size() - 1, (long) lines.size());
        assertThat(report.unreadable().get(0).field()).contains("kind");
        assertThat(report.unreadable().get(0).value()).contains("COMPANY");
        assertThat(report.unreadable().get(1).reason()).contains("a platform file holds no items");
        assertThat(report.unreadable().get(3).field()).contains("colour");
        assertThat(report.isClean()).isFalse();
        assertThat(report.submitted()).isEqualTo(report.accepted() + report.rejected().size() + 4);
        // the shop's listing and its transaction lose their seller: refused by the records, not dropped
        assertThat(report.rejected()).extracting(PlatformRecords.Rejected::id).containsExactly("L-1");
    }

    @Test
    void aFileThatIsNotAPlatformFileFailsAtOnce() {
        assertThatThrownBy(() -> read("")).isInstanceOf(LedgerFormatException.class).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("{\"format\":\"circular-ledger\",\"version\":1}\n"))
                .isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("format \"circular-ledger\" is not \"circular-platform\"");
        assertThatThrownBy(() -> read("{\"format\":\"circular-platform\",\"version\":2}\n"))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("format version 2 is unknown");
        assertThatThrownBy(() -> read("[1,2]\n")).isInstanceOf(LedgerFormatException.class)
                .hasMessageContaining("a Circular platform file starts with");
    }

    /** The sample's lines with listing L-3 (seller S-BARE's) again, as a listing of seller S-PERSON: a duplicate id. */
    private static List<String> withListingL3AgainInAnotherSeller() throws IOException {
        List<String> lines = lines();
        int person = indexOf(lines, "\"sellerId\":\"S-PERSON\",\"kind\"");
        lines.add(person + 1, lines.get(indexOf(lines, "\"listingId\":\"L-3\"")).replace("S-BARE", "S-PERSON")
                .replace("2025-02-07", "2025-02-08"));
        return lines;
    }

    private PlatformImport readFile(List<String> lines) throws IOException {
        Path file = dir.resolve("p-" + lines.hashCode() + ".jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return PlatformFiles.read(file);
    }

    @Test
    void aGroupedFileReadFromAPathGivesTheRecordsAndReportAStreamGives() throws IOException {
        List<String> lines = withListingL3AgainInAnotherSeller();
        PlatformImport streamed = readFile(lines);
        PlatformImport held = read(String.join("\n", lines) + "\n");
        assertThat(held.result().report().rejected()).extracting(PlatformRecords.Rejected::reason)
                .containsExactly(PlatformRecords.Rejected.Reason.DUPLICATE_ID);
        assertThat(streamed.result().report()).isEqualTo(held.result().report());
        assertThat(streamed.result().records().sellers().toList()).isEqualTo(held.result().records().sellers().toList());
    }

    @Test
    void idsWhoseHashesCollideAreDecidedExactly() throws IOException {
        List<String> lines = withListingL3AgainInAnotherSeller();
        Path file = dir.resolve("collide.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        PlatformImport held = read(String.join("\n", lines) + "\n");
        // every id of one length shares a hash: L-1, L-2, L-3 and T-1, T-2 collide, but only the second L-3 repeats
        PlatformImport colliding = PlatformFiles.read(file, String::length);
        assertThat(colliding.result().report()).isEqualTo(held.result().report());
        assertThat(colliding.result().records().sellers().toList()).isEqualTo(held.result().records().sellers().toList());
    }

    @Test
    void linesThatBreakTheGroupingAreReportedWithTheRuleTheyBreak() throws IOException {
        List<String> lines = lines();
        int shop = indexOf(lines, "\"sellerId\":\"S-SHOP\",\"kind\"");
        lines.add("{\"type\":\"LISTING\",\"listingId\":\"L-8\",\"sellerId\":\"S-BARE\",\"category\":\"book\","
                + "\"listedAt\":\"2025-03-01T00:00:00Z\"}");
        lines.add("{\"type\":\"TRANSACTION\",\"transactionId\":\"T-9\",\"listingId\":\"L-3\",\"buyer\":\"B-1\","
                + "\"completedAt\":\"2025-04-01T00:00:00Z\",\"amount\":\"1.00\",\"currency\":\"CNY\"}");
        lines.add(lines.get(shop));
        PlatformRecords.Report report = readFile(lines).result().report();
        assertThat(report.unreadable()).extracting(UnreadableRecord::reason).satisfiesExactly(
                r -> assertThat(r).contains("a listing follows its seller's line, but the current seller is \"S-SHOP\""),
                r -> assertThat(r).contains("listing \"L-3\" is not among the listings of seller \"S-SHOP\""),
                r -> assertThat(r).contains("in ascending seller id order").contains("(the same id: a seller has one line)"));
        assertThat(report.accepted()).isEqualTo(8);
    }

    @Test
    void aGroupedFileThatChangesBetweenPassesFailsThePass() throws IOException {
        Path file = dir.resolve("changing.jsonl");
        List<String> lines = lines();
        Files.writeString(file, String.join("\n", lines) + "\n");
        PlatformImport read = PlatformFiles.read(file);
        Files.writeString(file, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
        assertThatThrownBy(() -> read.result().records().sellers().toList())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed since it was read");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part);
    }
}
