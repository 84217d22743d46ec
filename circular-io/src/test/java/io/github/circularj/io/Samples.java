package io.github.circularj.io;

import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DisposalMethod;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.Flag;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.ReturnReceipt;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseCounterparty;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.product.SerialNumber;
import io.github.circularj.model.product.Vin;
import io.github.circularj.model.refurbish.PartOrigin;
import io.github.circularj.model.refurbish.PartReplacement;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small fictional ledger holding every event type and every optional fact of the format at least once. */
final class Samples {

    static final Instant T0 = Instant.parse("2025-03-01T01:30:00Z");
    static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2025);
    static final Enterprise DEALER = Enterprise.of(code("91338100MA0000001"), "Example Trading Co. (synthetic)",
            City.of("338100", "Velmora (synthetic)"), EnterpriseRole.DEALER, EnterpriseRole.REFURBISHER);
    static final Enterprise PROCESSOR = Enterprise.of(code("91338100MA0000002"), "Example WEEE Processor (synthetic)",
            City.of("338100", "Velmora (synthetic)"), EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    static final Actor STAFF = Actor.of("staff-07");
    static final Actor COMPANY = Actor.of(DEALER);

    private Samples() {
    }

    static CreditCode code(String first17) {
        return CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static Item phone(String id) {
        return Item.of(ItemId.of(id), Product.of("Quenado", "Q7", Category.PHONE), List.of(Imei.parse("356938035643809")));
    }

    static IdentityVerification kyc(String ref, Instant at) {
        return IdentityVerification.of(ref, IdentityVerification.Method.ID_CARD_READER, at);
    }

    static Intake intake(String ref, Instant at) {
        return Intake.of(CollectionChannel.BUY_BACK, PersonCounterparty.of("seller-1138", kyc("KYC-" + ref, at)))
                .withSourceRecord(SourceRecord.of("Store 3", IdentityVerification.Method.ID_CARD_READER, "SRC-" + ref));
    }

    /** A phone through most of the table: made, sold new, bought back, flagged and cleared, refurbished, sold, returned, refunded, handed over, dismantled, recycled. */
    static Lifecycle longLife() {
        Item item = phone("PHONE-0001");
        Instant t = T0;
        GradingScale letters = GradingScale.LETTER_A_TO_D;
        return History.of(item).by(COMPANY).at(t).manufactured().after(Duration.ofDays(1)).soldNew()
                .after(Duration.ofDays(1)).ownershipTransferred(LocalDate.of(2025, 3, 3))
                .by(STAFF).after(Duration.ofDays(20)).collected(intake("0001", t.plus(Duration.ofDays(22))))
                .after(Duration.ofMinutes(5)).flagged(Flag.of(FlagReason.SUSPECTED_STOLEN, "police database"))
                .after(Duration.ofMinutes(30)).policeReported("PR-2025-0001")
                .after(Duration.ofDays(2)).cleared("CLR-2025-0001")
                .after(Duration.ofHours(1)).inspected(Inspection.of(letters.grade("C"), "inspector-3", "IR-0001")
                        .withDefects(List.of("scratched back", "weak battery")))
                .after(Duration.ofHours(1)).erased(Erasure.overwrite(3, StorageMedium.FLASH).withTool("WipeKit", "4.2")
                        .withCertificate("CERT-0001").withVerified(true))
                .after(Duration.ofHours(2)).refurbished(new WorkOrder("WO-0001", List.of("battery replaced"),
                        List.of(PartReplacement.of("battery", PartOrigin.COMPATIBLE)), 1.25, cny("180.00"),
                        letters.grade("C"), letters.grade("B"), Optional.of(Warranty.ofMonths(6))))
                .after(Duration.ofDays(1)).listed(new Listing(SalesChannel.ONLINE_PLATFORM, cny("1299.00"),
                        EnumSet.of(Disclosure.SECONDHAND_STATUS, Disclosure.CONDITION_GRADE, Disclosure.REPAIR_HISTORY),
                        ReturnPolicy.sevenDayNoReason()))
                .after(Duration.ofDays(3)).sold(Sale.of(cny("1249.00"), SalesChannel.ONLINE_PLATFORM)
                        .withReturnPolicy(ReturnPolicy.sevenDayNoReason()).withWarranty(Warranty.ofMonths(6))
                        .withDisclosures(EnumSet.of(Disclosure.SECONDHAND_STATUS, Disclosure.CONDITION_GRADE)))
                .after(Duration.ofDays(4)).returned(ReturnReceipt.of("changed mind", t.plus(Duration.ofDays(32))))
                .after(Duration.ofDays(1)).refunded(cny("1249.00"))
                .after(Duration.ofDays(30)).handedOver(PROCESSOR)
                .after(Duration.ofDays(2)).dismantled()
                .after(Duration.ofDays(1)).recycled(Map.of(Material.technical("aluminium"), Mass.ofKilograms(0.031),
                        Material.technical("copper"), Mass.ofKilograms(0.012)))
                .lifecycle();
    }

    /** A car with a custom grading scale, a buyer that is a verified enterprise, a warranty with a distance, a subsidy. */
    static Lifecycle car() {
        GradingScale stars = GradingScale.of("stars", List.of("5", "4", "3", "2", "1"));
        Item item = Item.of(ItemId.of("CAR-0001"), Product.builder("Morvik", "M3", Category.PASSENGER_CAR)
                        .designLifetimeYears(15).useIntensity(200_000).build(),
                List.of(Vin.parse("LVSHCAMB1CE054249"))).withManufactureDate(LocalDate.of(2019, 5, 14));
        EnterpriseCounterparty buyer = EnterpriseCounterparty.of(code("91338100MA0000003"), "Example Fleet Co. (synthetic)",
                IdentityVerification.of("BL-0003", IdentityVerification.Method.BUSINESS_LICENCE, T0));
        return History.of(item).by(STAFF).at(T0)
                .collected(Intake.of(CollectionChannel.CONSIGNMENT, EnterpriseCounterparty.of(
                        code("91338100MA0000004"), "Example Leasing Co. (synthetic)")))
                .after(Duration.ofHours(3)).inspected(Inspection.of(stars.grade("4"), "inspector-9", "IR-CAR-1"))
                .after(Duration.ofDays(1)).listed(new Listing(SalesChannel.PHYSICAL_STORE, cny("58000.00"),
                        EnumSet.of(Disclosure.SECONDHAND_STATUS, Disclosure.VEHICLE_HISTORY),
                        ReturnPolicy.exceptionConfirmedByBuyer("CONF-77")))
                .after(Duration.ofDays(5)).sold(new Sale(cny("56500.00"), Optional.of(buyer), SalesChannel.PHYSICAL_STORE, false,
                        ReturnPolicy.exceptionConfirmedByBuyer("CONF-77"),
                        Optional.of(Warranty.ofMonthsOrKilometres(12, 20_000)), Optional.of(cny("2000.00")),
                        Set.of(Disclosure.SECONDHAND_STATUS)))
                .after(Duration.ofDays(10)).ownershipTransferred(LocalDate.of(2025, 3, 16))
                .lifecycle();
    }

    /** A custom category with a material composition, exported; an unverified seller without a source record. */
    static Lifecycle lamp() {
        Category lamps = Category.custom("lighting/lamp", "Lamp").weee(true).serialised(true).build();
        Product product = Product.builder("Halura", "L2", lamps).composition(MaterialComposition.builder()
                .add(new MaterialComposition.Entry(Material.technical("steel"), Mass.ofKilograms(1.2), Fraction.of(0.25),
                        Fraction.ZERO, Fraction.ZERO))
                .add(new MaterialComposition.Entry(Material.biological("bamboo"), Mass.ofKilograms(0.4), Fraction.ZERO,
                        Fraction.of(0.5), Fraction.of(0.5)))
                .build()).build();
        Item item = Item.of(ItemId.of("LAMP-0001"), product, List.of(SerialNumber.parse("HL-L2-000981")));
        return History.of(item).by(STAFF).at(T0)
                .collected(Intake.of(CollectionChannel.DONATION, PersonCounterparty.unverified("walk-in donor")))
                .after(Duration.ofDays(2)).exported("KZ")
                .lifecycle();
    }

    /** A book, collected and disposed of. */
    static Lifecycle book() {
        Item item = Item.of(ItemId.of("BOOK-0001"), Product.of("Tellquin", "Atlas", Category.BOOK));
        return History.of(item).by(STAFF).at(T0)
                .collected(Intake.of(CollectionChannel.RECYCLING_POINT, PersonCounterparty.unverified("walk-in")))
                .after(Duration.ofDays(1)).disposed(DisposalMethod.INCINERATION)
                .lifecycle();
    }

    static Ledger ledger() {
        return Ledger.of(DEALER, PERIOD, List.of(longLife(), car(), lamp(), book(), fridge(), oldFridge(), watch()));
    }

    /** A new refrigerator of energy grade 1, sold with an appliance trade-in claim linking the old one. */
    static Lifecycle fridge() {
        Item item = Item.of(ItemId.of("FRIDGE-0002"), Product.builder("Norvale", "F5", Category.LARGE_APPLIANCE)
                .efficiencyGrade(EfficiencyGrade.energy(1)).build());
        SubsidyClaim claim = SubsidyClaim.of(ProgrammeCategory.REFRIGERATOR, cny("800.00"), cny("4000.00"),
                BuyerReference.of("BUYER-7f3a9c")).withTradeIn(TradeInLink.of(ItemId.of("FRIDGE-0001"), EventId.of("FRIDGE-0001-1")));
        return History.of(item).by(STAFF).at(T0.plus(Duration.ofHours(1))).soldNew(claim).lifecycle();
    }

    /** The old refrigerator handed in: collected by trade-in, handed to a licensed processor. */
    static Lifecycle oldFridge() {
        Item item = Item.of(ItemId.of("FRIDGE-0001"), Product.builder("Norvale", "F1", Category.LARGE_APPLIANCE)
                .efficiencyGrade(EfficiencyGrade.water(3)).build());
        return History.of(item).by(STAFF).at(T0).collected(Intake.of(CollectionChannel.TRADE_IN,
                PersonCounterparty.unverified("trade-in customer"))).after(Duration.ofDays(3)).handedOver(PROCESSOR).lifecycle();
    }

    /** A smart watch sold with a digital-product purchase claim and no old item. */
    static Lifecycle watch() {
        Item item = Item.of(ItemId.of("BRACELET-0001"), Product.of("Quenado", "W2", Category.WEARABLE));
        return History.of(item).by(STAFF).at(T0).soldNew(SubsidyClaim.of(ProgrammeCategory.SMART_WATCH, cny("150.00"),
                cny("1000.00"), BuyerReference.of("BUYER-0b21"))).lifecycle();
    }

    static LedgerWriter writer() {
        return LedgerWriter.defaults().withSynthetic(true)
                .withProfile(EnterpriseProfile.retainingRecordsFor(5).withFiling("pilot registration 2025"));
    }

    static byte[] jsonLines(Ledger ledger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer().writeJsonLines(ledger, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
