package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.EnterpriseCounterparty;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Write-then-read of CSV trade records over generated buy-in cycles, each optional fact present or not. */
class TradeRecordsPropertyTest {

    /** Bits of a choice number decide which facts a cycle has. */
    private static boolean bit(int choice, int n) {
        return (choice >> n & 1) == 1;
    }

    static Lifecycle item(int index, List<Integer> cycles) {
        Category category = bit(index, 0) ? Category.PHONE : Category.LAPTOP;
        Item item = Item.of(ItemId.of("IT-" + index), Product.of("Brand " + index % 3, "M" + index % 5, category));
        History h = History.of(item).by(Samples.STAFF).at(Samples.T0.plus(Duration.ofMinutes(index)));
        for (int c = 0; c < cycles.size(); c++) {
            int choice = cycles.get(c);
            String record = "R" + index + "-" + c;
            Instant at = Samples.T0.plus(Duration.ofDays(10L * c + 1)).plus(Duration.ofMinutes(index));
            Counterparty seller = bit(choice, 1)
                    ? PersonCounterparty.of("seller " + index, IdentityVerification.of("KYC-" + record,
                            IdentityVerification.Method.values()[choice % 4], at))
                    : bit(choice, 2) ? EnterpriseCounterparty.of(Samples.code("91338100MA00000" + (10 + c % 80)), "Firm "
                            + c) : PersonCounterparty.unverified("walk-in " + index);
            Intake intake = Intake.of(CollectionChannel.values()[choice % 5], seller);
            if (bit(choice, 3)) {
                intake = intake.withSourceRecord(SourceRecord.of("Site " + c, IdentityVerification.Method.FACE_MATCH,
                        "SRC-" + record));
            }
            h = h.at(at).id(record + "-collected").collected(intake);
            if (bit(choice, 4)) {
                h = h.after(Duration.ofHours(1)).id(record + "-inspected").inspected(Inspection.of(
                        GradingScale.LETTER_A_TO_D.grade("ABCD".substring(choice % 4, choice % 4 + 1)), "insp", "IR-" + record)
                        .withDefects(bit(choice, 5) ? List.of("scratch", "dent") : List.of()));
            }
            if (bit(choice, 6)) {
                Erasure erasure = Erasure.of(ErasureMethod.values()[choice % 4], 1 + choice % 3, StorageMedium.values()[choice % 2]);
                if (bit(choice, 7)) {
                    erasure = erasure.withTool("Wipe", "1." + choice % 10).withCertificate("CERT-" + record);
                }
                h = h.after(Duration.ofHours(1)).id(record + "-erased").erased(erasure.withVerified(bit(choice, 8)));
            }
            boolean last = c == cycles.size() - 1;
            if (bit(choice, 9) || !last) {
                if (bit(choice, 10)) {
                    h = h.after(Duration.ofHours(1)).id(record + "-listed").listed(new Listing(SalesChannel.values()[choice % 6],
                            Samples.cny((choice % 900 + 100) + ".00"), bit(choice, 11) ? EnumSet.of(Disclosure.SECONDHAND_STATUS)
                                    : Set.of(), bit(choice, 12) ? ReturnPolicy.sevenDayNoReason() : ReturnPolicy.none()));
                }
                SalesChannel channel = SalesChannel.values()[(choice >> 3) % 6];
                Sale sale = Sale.of(Samples.cny((choice % 800 + 50) + ".50"), channel);
                if (bit(choice, 13)) {
                    sale = sale.withBuyer(PersonCounterparty.unverified("buyer " + index)).withWarranty(Warranty.ofMonths(choice % 13))
                            .withSubsidy(Samples.cny("10.00")).withReturnPolicy(ReturnPolicy.exceptionConfirmedByBuyer("OK-" + record));
                }
                h = h.after(Duration.ofHours(2)).id(record + "-sold").sold(sale);
            }
        }
        return h.lifecycle();
    }

    private static String csv(Ledger ledger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LedgerWriter.defaults().writeTradeRecords(ledger, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writeThenReadGivesAnEqualLedgerAndTheSameBytes() {
        qt().withExamples(150).forAll(lists().of(lists().of(integers().between(0, 1 << 14)).ofSizeBetween(1, 3))
                .ofSizeBetween(0, 6)).checkAssert(items -> {
                    List<Lifecycle> lifecycles = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        lifecycles.add(item(i, items.get(i)));
                    }
                    Ledger ledger = Ledger.of(Samples.DEALER, Samples.PERIOD, lifecycles);
                    String text = csv(ledger);
                    LedgerImport read;
                    try {
                        read = LedgerReader.defaults().readTradeRecords(new ByteArrayInputStream(
                                text.getBytes(StandardCharsets.UTF_8)), "generated.csv", Samples.DEALER, Samples.PERIOD);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertThat(read.report().isClean()).as("%s", read.report()).isTrue();
                    assertThat(read.ledger()).isEqualTo(ledger);
                    assertThat(csv(read.ledger())).isEqualTo(text);
                    assertThat(Optional.of(text.split("\r\n").length - 1))
                            .contains(items.stream().mapToInt(List::size).sum());
                });
    }
}
