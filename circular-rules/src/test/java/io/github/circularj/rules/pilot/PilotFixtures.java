package io.github.circularj.rules.pilot;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Flag;
import io.github.circularj.model.lifecycle.ReturnReceipt;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.DisposalMethod;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.OwnershipTransferred;
import io.github.circularj.model.lifecycle.PoliceReported;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Refunded;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.Returned;
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
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Identifier;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.product.SerialNumber;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.refurbish.Warranty;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    static final City HANGZHOU = City.of("330100", "杭州 Hangzhou");
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
        return new Enterprise(CreditCode.parse(code), name, HANGZHOU, EnumSet.of(role, more));
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
    static History history(String id, Category category) {
        return new History(item(id, category, true));
    }

    /** Starts the history of an item without identifiers. */
    static History unidentified(String id, Category category) {
        return new History(item(id, category, false));
    }

    /** The typical compliant phone: verified intake, inspected, erased to the standard, labelled, sold in store. */
    static History goodPhone(String id) {
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

    /** A fluent history of one item; each event is one hour after the previous unless moved with {@link #after}. */
    static final class History {
        private final Item item;
        private final List<LifecycleEvent> events = new ArrayList<>();
        private Instant next = T0;

        History(Item item) {
            this.item = item;
        }

        private EventId id() {
            return EventId.of(item.id().value() + "-e" + events.size());
        }

        private History add(java.util.function.BiFunction<EventId, Instant, LifecycleEvent> event) {
            events.add(event.apply(id(), next));
            next = next.plus(Duration.ofHours(1));
            return this;
        }

        /** Moves the next event later by a duration. */
        History after(Duration gap) {
            next = next.plus(gap);
            return this;
        }

        /** Puts the next event at an instant. */
        History at(Instant at) {
            next = at;
            return this;
        }

        History collected() {
            return add((e, at) -> new Collected(e, item.id(), at, STAFF, Intake.of(CollectionChannel.BUY_BACK,
                    Counterparty.person("seller-" + item.id().value(),
                            IdentityVerification.of("VR-" + item.id().value(), IdentityVerification.Method.ID_CARD_READER, at)))
                    .withSourceRecord(SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, "IN-" + e.value()))));
        }

        History collectedUnverified() {
            return add((e, at) -> new Collected(e, item.id(), at, STAFF, Intake.of(CollectionChannel.BUY_BACK,
                    PersonCounterparty.unverified("walk-in seller"))));
        }

        History flagged(FlagReason reason) {
            return add((e, at) -> new Flagged(e, item.id(), at, STAFF, Flag.of(reason, "intake check")));
        }

        History policeReported() {
            return add((e, at) -> new PoliceReported(e, item.id(), at, STAFF, "PR-" + e.value()));
        }

        History cleared() {
            return add((e, at) -> new Cleared(e, item.id(), at, STAFF, "CL-" + e.value()));
        }

        History inspected() {
            return add((e, at) -> new Inspected(e, item.id(), at, STAFF, Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"),
                    "inspector-3", "IR-" + e.value())));
        }

        /** A verified single-pass overwrite of flash memory: meets the standard. */
        History erased() {
            return erased(ErasureMethod.OVERWRITE, 1, StorageMedium.FLASH, true);
        }

        History erased(ErasureMethod method, int passes, StorageMedium medium, boolean verified) {
            return add((e, at) -> new DataErased(e, item.id(), at, STAFF, Erasure.of(method, passes, medium)
                    .withTool("EraseTool", "2.1").withCertificate("CERT-" + e.value()).withVerified(verified)));
        }

        History refurbished() {
            return add((e, at) -> new Refurbished(e, item.id(), at, STAFF, new WorkOrder("WO-" + e.value(),
                    List.of("screen replaced"), List.of(), 1.5, cny("300.00"), GradingScale.LETTER_A_TO_D.grade("C"),
                    GradingScale.LETTER_A_TO_D.grade("B"), Optional.empty())));
        }

        /** Listed online with the secondhand status disclosed (or the given disclosures). */
        History listed(Disclosure... disclosures) {
            Set<Disclosure> set = disclosures.length == 0 ? Set.of(Disclosure.SECONDHAND_STATUS) : Set.of(disclosures);
            return add((e, at) -> new Listed(e, item.id(), at, STAFF,
                    new Listing(SalesChannel.ONLINE_PLATFORM, cny("1200.00"), set, ReturnPolicy.sevenDayNoReason())));
        }

        /** Sold in a store, disclosing nothing beyond its listing. */
        History sold() {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE));
        }

        History sold(Sale sale) {
            return add((e, at) -> new Sold(e, item.id(), at, STAFF, sale));
        }

        /** Sold in a store with its own disclosures. */
        History soldDisclosing(Disclosure... disclosures) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE).withDisclosures(Set.of(disclosures)));
        }

        /** Sold online with a return policy. */
        History soldOnline(ReturnPolicy policy) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.ONLINE_PLATFORM).withReturnPolicy(policy));
        }

        /** Sold in a store with a warranty of some months. */
        History soldWithWarranty(int months) {
            return sold(Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE).withWarranty(Warranty.ofMonths(months)));
        }

        /** Returned; the goods are received at the event's instant. */
        History returned() {
            return add((e, at) -> new Returned(e, item.id(), at, STAFF, ReturnReceipt.of("no reason given", at)));
        }

        History refunded() {
            return add((e, at) -> new Refunded(e, item.id(), at, STAFF, cny("1100.00")));
        }

        /** Ownership transfer registered on the day of the event's instant (China time). */
        History transferred() {
            return add((e, at) -> new OwnershipTransferred(e, item.id(), at, STAFF,
                    LocalDate.ofInstant(at, EnterpriseSubject.ZONE)));
        }

        History exported() {
            return add((e, at) -> new Exported(e, item.id(), at, STAFF, "KZ"));
        }

        History handedOver(Enterprise recipient) {
            return add((e, at) -> new HandedOver(e, item.id(), at, STAFF, recipient));
        }

        History dismantled() {
            return add((e, at) -> new Dismantled(e, item.id(), at, STAFF));
        }

        History recycled() {
            return add((e, at) -> new Recycled(e, item.id(), at, STAFF, Map.of()));
        }

        History disposed() {
            return add((e, at) -> new Disposed(e, item.id(), at, STAFF, DisposalMethod.LANDFILL));
        }

        Lifecycle build() {
            return Lifecycle.of(item, events);
        }
    }
}
