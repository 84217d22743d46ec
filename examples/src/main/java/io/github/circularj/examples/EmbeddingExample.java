package io.github.circularj.examples;

import static io.github.circularj.model.lifecycle.CollectionChannel.BUY_BACK;
import static io.github.circularj.model.lifecycle.StorageMedium.FLASH;
import static io.github.circularj.model.party.IdentityVerification.Method.ID_CARD_READER;
import static io.github.circularj.model.product.GradingScale.LETTER_A_TO_D;
import static io.github.circularj.model.resale.Disclosure.CONDITION_GRADE;
import static io.github.circularj.model.resale.Disclosure.SECONDHAND_STATUS;
import static io.github.circularj.model.resale.ReturnPolicy.sevenDayNoReason;
import static io.github.circularj.model.resale.SalesChannel.ONLINE_PLATFORM;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The smallest program that scores one enterprise from model objects a service builds itself: a
 * fictional phone dealer (synthetic, no real company) that bought back, erased, listed and sold one
 * phone, and sold a second without erasing it. Each phone's history is recorded with
 * {@link History}; the README's quick start is this method's body. It prints the scorecard's
 * reasoning.
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
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        BiFunction<String, String, History> bought = (id, imei) -> History.of(Item.of(ItemId.of(id),
                Product.of("Acme", "X1", Category.PHONE), List.of(Imei.parse(imei)))).at(t).by(Actor.of("staff-07"))
                .collected(Intake.of(BUY_BACK, Counterparty.person("seller-" + id, IdentityVerification.of("VR-" + id,
                        ID_CARD_READER, t))).withSourceRecord(SourceRecord.of("store-1", ID_CARD_READER, "IN-" + id)))
                .after(ofMinutes(10)).inspected(Inspection.of(LETTER_A_TO_D.grade("B"), "inspector-3", "IR-" + id));
        Function<History, Lifecycle> listedAndSold = h -> h.at(t.plus(ofHours(2))).listed(new Listing(ONLINE_PLATFORM,
                Money.of("1200.00", "CNY"), Set.of(SECONDHAND_STATUS, CONDITION_GRADE), sevenDayNoReason())).at(t.plus(ofDays(1)))
                .sold(Sale.of(Money.of("1100.00", "CNY"), ONLINE_PLATFORM).withReturnPolicy(sevenDayNoReason())).lifecycle();
        Lifecycle first = listedAndSold.apply(bought.apply("PHONE-1", "490154203237518") // the only phone erased
                .after(ofMinutes(20)).erased(Erasure.overwrite(1, FLASH).withCertificate("CERT-1").withVerified(true)));
        Lifecycle second = listedAndSold.apply(bought.apply("PHONE-2", "356938035643809"));
        EnterpriseSubject subject = EnterpriseSubject.of(Ledger.of(shop, ReportingPeriod.ofYear(2026), List.of(first, second)),
                EnterpriseProfile.retainingRecordsFor(3));
        return ComplianceEngine.create().score(subject, SecondhandPilot.enterprisePack(), LocalDate.of(2026, 12, 31));
    }
}
