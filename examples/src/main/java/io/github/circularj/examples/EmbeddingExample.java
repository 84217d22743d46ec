package io.github.circularj.examples;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The smallest program that scores one enterprise from model objects a service builds itself: a
 * fictional phone dealer (synthetic, no real company) that bought back, erased, listed and sold one
 * phone, and sold a second without erasing it. It prints the scorecard's reasoning.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(scorecard().explain().render());
    }

    static Scorecard scorecard() {
        Enterprise shop = Enterprise.of(CreditCode.parse("91330100MA27XK1A0L"), "Example Circular Trading Co.",
                City.of("330100", "杭州"), EnterpriseRole.DEALER);
        Product phone = Product.of("Acme", "X1", Category.PHONE);
        Item first = Item.of(ItemId.of("PHONE-1"), phone, List.of(Imei.parse("490154203237518")));
        Item second = Item.of(ItemId.of("PHONE-2"), phone, List.of(Imei.parse("356938035643809")));
        Actor staff = Actor.of("staff-07");
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        IdentityVerification.Method idCard = IdentityVerification.Method.ID_CARD_READER;
        Listing listing = new Listing(SalesChannel.ONLINE_PLATFORM, Money.of("1200.00", "CNY"),
                Set.of(Disclosure.SECONDHAND_STATUS, Disclosure.CONDITION_GRADE), ReturnPolicy.sevenDayNoReason());

        Ledger.Builder ledger = Ledger.builder(shop, ReportingPeriod.ofYear(2026)).item(first).item(second);
        for (Item item : List.of(first, second)) {
            String id = item.id().toString();
            ledger.event(new Collected(EventId.of(id + "-in"), item.id(), t, staff, Intake.of(CollectionChannel.BUY_BACK,
                    Counterparty.person("seller-" + id, IdentityVerification.of("VR-" + id, idCard, t)))
                    .withSourceRecord(SourceRecord.of("store-1", idCard, "IN-" + id))));
            ledger.event(new Inspected(EventId.of(id + "-graded"), item.id(), t.plusSeconds(600), staff,
                    Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-" + id)));
            ledger.event(new Listed(EventId.of(id + "-listed"), item.id(), t.plusSeconds(7200), staff, listing));
            ledger.event(new Sold(EventId.of(id + "-sold"), item.id(), t.plusSeconds(86_400), staff,
                    Sale.of(Money.of("1100.00", "CNY"), SalesChannel.ONLINE_PLATFORM)
                            .withReturnPolicy(ReturnPolicy.sevenDayNoReason())));
        }
        // Only the first phone's data was erased (before it was listed).
        ledger.event(new DataErased(EventId.of("PHONE-1-erased"), first.id(), t.plusSeconds(1800), staff,
                Erasure.overwrite(1, StorageMedium.FLASH).withTool("EraseTool", "2.1").withCertificate("CERT-1")
                        .withVerified(true)));

        EnterpriseSubject subject = EnterpriseSubject.of(ledger.build().ledger(), EnterpriseProfile.retainingRecordsFor(3));
        return ComplianceEngine.create().score(subject, SecondhandPilot.enterprisePack(), LocalDate.of(2026, 12, 31));
    }
}
