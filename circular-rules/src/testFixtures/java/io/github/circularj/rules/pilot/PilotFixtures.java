package io.github.circularj.rules.pilot;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DisposalMethod;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.Flag;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.ReturnReceipt;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Identifier;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.product.SerialNumber;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Synthetic pilot enterprises and a compact builder of item histories made of the model's real events,
 * for the pilot packs' tests. All names and codes are invented.
 */
final class PilotFixtures {

    static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2026);
    /** Before the erasure standard: DATA-ERASURE is 95 %, not mandatory. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    /** The day the erasure standard is in force. */
    static final LocalDate STANDARD_DAY = LocalDate.of(2027, 1, 1);
    /** 10:00 China time on 2 March 2026. */
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    /** A fictional city (no real city is scored on invented statistics). */
    static final City EXAMPLE_CITY = City.of("339900", "示例市 Example City (fictional)");
    static final Actor STAFF = Actor.of("staff-01");

    static final Enterprise DEALER = enterprise("91330100MA27XK1A0L", "Example Circular Trading Co.", EnterpriseRole.DEALER);
    static final Enterprise PLATFORM = enterprise(code("91330100MA27XK101"), "Example Listing Platform Co.", EnterpriseRole.PLATFORM);
    static final Enterprise AUCTIONEER = enterprise(code("91330100MA27XK102"), "Example Auction House Co.", EnterpriseRole.AUCTIONEER);
    static final Enterprise PROCESSOR = enterprise(code("91330100MA27XK103"), "Example WEEE Processing Co.",
            EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    static final Enterprise DISMANTLER = enterprise(code("91330100MA27XK104"), "Example Vehicle Dismantling Co.",
            EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED);
    static final Enterprise BACKYARD = enterprise(code("91330100MA27XK105"), "Example Backyard Recycling Co.",
            EnterpriseRole.RECYCLER);

    static final EnterpriseProfile THREE_YEARS = EnterpriseProfile.retainingRecordsFor(3);
    static final ComplianceEngine ENGINE = ComplianceEngine.create();

    private PilotFixtures() {
    }

    /** A valid credit code from its first 17 characters. */
    static String code(String first17) {
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    static Enterprise enterprise(String code, String name, EnterpriseRole role, EnterpriseRole... more) {
        return new Enterprise(CreditCode.parse(code), name, EXAMPLE_CITY, EnumSet.of(role, more));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** An item of a category; serialised categories get a serial number unless {@code identified} is false. */
    static Item item(String id, Category category, boolean identified) {
        Product product = Product.of("Acme", category.name(), category);
        List<Identifier> ids = identified && category.isSerialised() ? List.of(SerialNumber.parse("SN-" + id)) : List.of();
        return Item.of(ItemId.of(id), product, ids);
    }

    /** Starts the history of an identified item; its events are one hour apart from {@link #T0}. */
    static HistoryFixture history(String id, Category category) {
        return new HistoryFixture(item(id, category, true));
    }

    /** Starts the history of an item without identifiers. */
    static HistoryFixture unidentified(String id, Category category) {
        return new HistoryFixture(item(id, category, false));
    }

    /** The typical compliant phone: verified intake, inspected, erased to the standard, labelled, sold in store. */
    static HistoryFixture goodPhone(String id) {
        return history(id, Category.PHONE).collected().inspected().erased().listed().sold();
    }

    static EnterpriseSubject subject(Enterprise enterprise, EnterpriseProfile profile, Lifecycle... lifecycles) {
        return EnterpriseSubject.of(enterprise, profile, Ledger.of(enterprise, PERIOD, List.of(lifecycles)));
    }

    static EnterpriseSubject dealer(Lifecycle... lifecycles) {
        return subject(DEALER, THREE_YEARS, lifecycles);
    }

    static Scorecard score(EnterpriseSubject subject, LocalDate asOf) {
        return ENGINE.score(subject, SecondhandPilot.enterprisePack(), asOf);
    }

    static Finding finding(EnterpriseSubject subject, RuleId rule) {
        return finding(subject, rule, AS_OF);
    }

    static Finding finding(EnterpriseSubject subject, RuleId rule, LocalDate asOf) {
        return score(subject, asOf).finding(rule).orElseThrow();
    }

    /**
     * The test vocabulary over {@link History}: each event with typical test values, one hour after the
     * previous unless moved with {@link #after} or {@link #at}. Mutable, unlike {@code History}, so that
     * tests can grow it in loops; the events, their ids ({@code <item id>-<n>}) and their checks are
     * {@code History}'s.
     */
    static final class HistoryFixture {
        private final Item item;
        private History history;

        HistoryFixture(Item item) {
            this.item = item;
            this.history = History.of(item).at(T0).by(STAFF);
        }

        private HistoryFixture add(UnaryOperator<History> event) {
            history = event.apply(history).after(Duration.ofHours(1));
            return this;
        }

        private Instant now() {
            return history.instant().orElseThrow();
        }

        private String ref(String prefix) {
            return prefix + "-" + item.id().value() + "-" + (history.size() + 1);
        }

        /** Moves the next event by a duration; before the first event it may be negative. */
        HistoryFixture after(Duration gap) {
            history = history.at(now().plus(gap));
            return this;
        }

        /** Puts the next event at an instant. */
        HistoryFixture at(Instant at) {
            history = history.at(at);
            return this;
        }

        HistoryFixture collected() {
            Intake intake = Intake.of(CollectionChannel.BUY_BACK, Counterparty.person("seller-" + item.id().value(),
                    IdentityVerification.of("VR-" + item.id().value(), IdentityVerification.Method.ID_CARD_READER, now())))
                    .withSourceRecord(SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, ref("IN")));
            return add(h -> h.collected(intake));
        }

        HistoryFixture collectedUnverified() {
            return add(h -> h.collected(Intake.of(CollectionChannel.BUY_BACK, PersonCounterparty.unverified("walk-in seller"))));
        }

        HistoryFixture flagged(FlagReason reason) {
            return add(h -> h.flagged(Flag.of(reason, "intake check")));
        }

        HistoryFixture policeReported() {
            String reference = ref("PR");
            return add(h -> h.policeReported(reference));
        }

        HistoryFixture cleared() {
            String reference = ref("CL");
            return add(h -> h.cleared(reference));
        }

        HistoryFixture inspected() {
            Inspection inspection = Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", ref("IR"));
            return add(h -> h.inspected(inspection));
        }

        /** A verified single-pass overwrite of flash memory: meets the standard. */
        HistoryFixture erased() {
            return erased(ErasureMethod.OVERWRITE, 1, StorageMedium.FLASH, true);
        }

        HistoryFixture erased(ErasureMethod method, int passes, StorageMedium medium, boolean verified) {
            Erasure erasure = Erasure.of(method, passes, medium).withTool("EraseTool", "2.1")
                    .withCertificate(ref("CERT")).withVerified(verified);
            return add(h -> h.erased(erasure));
        }

        HistoryFixture refurbished() {
            WorkOrder order = new WorkOrder(ref("WO"), List.of("screen replaced"), List.of(), 1.5, cny("300.00"),
                    GradingScale.LETTER_A_TO_D.grade("C"), GradingScale.LETTER_A_TO_D.grade("B"), Optional.empty());
            return add(h -> h.refurbished(order));
        }

        /** Listed online with the secondhand status disclosed (or the given disclosures). */
        HistoryFixture listed(Disclosure... disclosures) {
            Set<Disclosure> set = disclosures.length == 0 ? Set.of(Disclosure.SECONDHAND_STATUS) : Set.of(disclosures);
            return add(h -> h.listed(new Listing(SalesChannel.ONLINE_PLATFORM, cny("1200.00"), set,
                    ReturnPolicy.sevenDayNoReason())));
        }

        /** Sold in a store, disclosing nothing beyond its listing. */
        HistoryFixture sold() {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE));
        }

        HistoryFixture sold(Sale sale) {
            return add(h -> h.sold(sale));
        }

        /** Sold in a store with its own disclosures. */
        HistoryFixture soldDisclosing(Disclosure... disclosures) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE).withDisclosures(Set.of(disclosures)));
        }

        /** Sold online with a return policy. */
        HistoryFixture soldOnline(ReturnPolicy policy) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.ONLINE_PLATFORM).withReturnPolicy(policy));
        }

        /** Sold in a store with a warranty of some months. */
        HistoryFixture soldWithWarranty(int months) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE).withWarranty(Warranty.ofMonths(months)));
        }

        /** Returned; the goods are received at the event's instant. */
        HistoryFixture returned() {
            ReturnReceipt receipt = ReturnReceipt.of("no reason given", now());
            return add(h -> h.returned(receipt));
        }

        HistoryFixture refunded() {
            return add(h -> h.refunded(cny("1100.00")));
        }

        /** Ownership transfer registered on the day of the event's instant (China time). */
        HistoryFixture transferred() {
            LocalDate day = LocalDate.ofInstant(now(), EnterpriseSubject.ZONE);
            return add(h -> h.ownershipTransferred(day));
        }

        HistoryFixture exported() {
            return add(h -> h.exported("KZ"));
        }

        HistoryFixture handedOver(Enterprise recipient) {
            return add(h -> h.handedOver(recipient));
        }

        HistoryFixture dismantled() {
            return add(History::dismantled);
        }

        HistoryFixture recycled() {
            return add(h -> h.recycled(Map.of()));
        }

        HistoryFixture disposed() {
            return add(h -> h.disposed(DisposalMethod.LANDFILL));
        }

        Lifecycle build() {
            return history.lifecycle();
        }

        /** The events, for a ledger builder; each was checked as it was recorded. */
        List<LifecycleEvent> events() {
            return history.events();
        }

        Item item() {
            return item;
        }
    }
}
