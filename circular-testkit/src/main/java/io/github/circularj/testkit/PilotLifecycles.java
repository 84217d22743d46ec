package io.github.circularj.testkit;

import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
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
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.ReturnReceipt;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseCounterparty;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.ConditionGrade;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Identifier;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generates the lifecycle of item {@code i} of enterprise {@code e} of a {@link SyntheticPilot} from
 * their sub-seed alone. Every decision draws from its own key, so the violation draws of different
 * rules, and the path choices, are independent of one another.
 */
final class PilotLifecycles {

    static final Currency CNY = Currency.getInstance("CNY");
    private static final long FAMILY_ITEM = 3;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    /** The longest span of a generated lifecycle, in days; the period is at least 90 days long. */
    static final long MAX_SPAN_DAYS = 80;

    // decision keys (violations use 1000 + ordinal)
    private static final long K_CATEGORY = 1;
    private static final long K_START = 2;
    private static final long K_CHANNEL = 3;
    private static final long K_SELLER_VARIANT = 4;
    private static final long K_STOLEN = 5;
    private static final long K_ROUTE = 6;
    private static final long K_GRADE = 7;
    private static final long K_MEDIUM = 8;
    private static final long K_METHOD = 9;
    private static final long K_METHOD_VARIANT = 10;
    private static final long K_REFURB = 11;
    private static final long K_PRICE = 12;
    private static final long K_SALES_CHANNEL = 13;
    private static final long K_LISTED = 14;
    private static final long K_EXCEPTION = 15;
    private static final long K_WARRANTY = 16;
    private static final long K_RETURN = 17;
    private static final long K_RETURN_INSPECT = 18;
    private static final long K_REFUND_VARIANT = 19;
    private static final long K_TRANSFER_VARIANT = 20;
    private static final long K_PROCESSOR_STEPS = 21;
    private static final long K_FLAG_REASON = 22;
    private static final long K_POLICE_VARIANT = 23;
    private static final long K_COUNTRY = 24;
    private static final long K_ID = 25;
    private static final long K_BRAND = 26;
    private static final long K_VERIFY_METHOD = 27;
    private static final long K_DEFECT = 28;
    private static final long K_INSTORE_RETURN = 29;
    private static final long K_GAP = 100; // + step number

    private static final String[] BRANDS = {"Zorvex", "Quelmi", "Tavrin", "Ulmaro", "Pexani", "Morvane"};
    private static final String[] ELECTRONICS_COUNTRIES = {"KZ", "AE", "NG", "PK", "VN"};
    private static final String[] VEHICLE_COUNTRIES = {"KZ", "KG", "UZ", "AE", "RU"};
    private static final String[] DEFECTS = {"scratched casing", "worn battery", "dented panel", "faded finish"};
    private static final String[] RETURN_REASONS = {"changed my mind", "not as expected", "wrong size",
        "found a defect"};
    private static final IdentityVerification.Method[] PERSON_METHODS = {IdentityVerification.Method.ID_CARD_READER,
        IdentityVerification.Method.FACE_MATCH, IdentityVerification.Method.REAL_NAME_PLATFORM_ACCOUNT};
    private static final Material STEEL = Material.technical("steel");
    private static final Material COPPER = Material.technical("copper");
    private static final Material PLASTICS = Material.technical("plastics");
    private static final Material GLASS = Material.technical("glass");
    private static final Material TEXTILES = Material.biological("textiles");
    private static final Material PAPER = Material.biological("paper");
    private static final Material WOOD = Material.biological("wood");

    private final SyntheticPilot pilot;

    PilotLifecycles(SyntheticPilot pilot) {
        this.pilot = pilot;
    }

    static long violationKey(Violation violation) {
        return 1_000 + violation.ordinal();
    }

    static ItemId itemId(int enterpriseIndex, long itemIndex) {
        String e = Integer.toString(enterpriseIndex);
        String i = Long.toString(itemIndex);
        return ItemId.of("SYN-E" + "00000".substring(Math.min(5, e.length())) + e + "-I"
                + "000000000".substring(Math.min(9, i.length())) + i);
    }

    /** Item {@code i}'s lifecycle, carrying its refused sale when one was planted ({@link Lifecycle#refused()}). */
    Lifecycle lifecycle(int e, long i) {
        return walked(e, i).lifecycle();
    }

    /** The ledger's rejection of a planted refused sale: the transition table refuses a sale of a quarantined item. */
    static RejectedEvent rejection(LifecycleEvent sale) {
        return new RejectedEvent(sale, RejectedEvent.Reason.ILLEGAL_TRANSITION, "event \"" + sale.id()
                + "\" of type SOLD: item \"" + sale.itemId() + "\" is quarantined (flagged and not cleared)"
                + " and cannot be sold");
    }

    /**
     * The sale of item {@code i} that its ledger refuses, when the item carries a planted SRC-PROHIBITED
     * violation: the enterprise sold it while a flag stood, and the transition table refuses a sale of a
     * quarantined item, so the sale is a submitted event outside the lifecycle.
     */
    Optional<LifecycleEvent> refusedSale(int e, long i) {
        Walk walk = new Walk(e, i);
        if (!walk.violates(Violation.SRC_PROHIBITED)) {
            return Optional.empty();
        }
        walk.run();
        return Optional.ofNullable(walk.refused);
    }

    /** Item {@code i}'s lifecycle and its refused sale, if any, from one generation of the item. */
    Walked walked(int e, long i) {
        Walk walk = new Walk(e, i);
        Lifecycle lifecycle = walk.run();
        if (walk.refused != null) {
            lifecycle = lifecycle.withRefused(List.of(rejection(walk.refused)));
        }
        return new Walked(lifecycle, Optional.ofNullable(walk.refused));
    }

    /** One generated item: its lifecycle and the sale its ledger refuses, if one was planted. */
    record Walked(Lifecycle lifecycle, Optional<LifecycleEvent> refused) {
    }

    /** The generation of one lifecycle: a short-lived, single-threaded helper. */
    private final class Walk {

        private final int e;
        private final long s;
        private final double[] rates;
        private final Archetype kind;
        private final Enterprise self;
        private final Actor actor;
        private final int city;
        private final ItemId id;
        private final String tag;
        private final Category category;
        /** The history so far; its n-th event gets the id {@code <item id>-<n>}. */
        private History history;
        private Instant t;
        /** The number of events so far, or one more once the next is begun: the key of its time draw. */
        private int step;
        /** A sale submitted while a flag stood, which the ledger refuses (SRC-PROHIBITED), or null. */
        private LifecycleEvent refused;

        Walk(int e, long i) {
            this.e = e;
            this.s = Draws.child(Draws.child(pilot.seed(), FAMILY_ITEM, e), FAMILY_ITEM, i);
            this.rates = pilot.rates(e);
            this.kind = pilot.archetype(e);
            this.self = pilot.firm(e);
            this.actor = Actor.of(self);
            this.city = pilot.cityIndexOf(e);
            this.id = itemId(e, i);
            this.tag = "E" + e + "-I" + i;
            this.category = kind.categories.get(Draws.weighted(s, K_CATEGORY, kind.categoryWeights));
            Instant start = pilot.period().start().atStartOfDay(SyntheticPilot.ZONE).toInstant();
            long window = (pilot.period().lengthInDays() - MAX_SPAN_DAYS) * DAY;
            this.t = start.plusSeconds(Draws.between(s, K_START, 0, window - 1));
            this.history = History.of(item()).by(actor);
        }

        private boolean violates(Violation v) {
            return kind.knobApplies(v) && Draws.unit(s, violationKey(v)) < rates[v.ordinal()];
        }

        private double unit(long key) {
            return Draws.unit(s, key);
        }

        private long pick(long key, long min, long max) {
            return Draws.between(s, key, min, max);
        }

        /** Advances the clock by a draw in [min, max] seconds. */
        private Instant later(long minSeconds, long maxSeconds) {
            t = t.plusSeconds(Draws.between(s, K_GAP + step, minSeconds, maxSeconds));
            return t;
        }

        /** Begins the next event at an instant drawn before it was begun. */
        private History next(Instant at) {
            step++;
            return history.at(at);
        }

        /** Begins the next event, then draws its instant from its own key: [min, max] seconds later. */
        private History nextLater(long minSeconds, long maxSeconds) {
            step++;
            return history.at(later(minSeconds, maxSeconds));
        }

        private Item item() {
            Product product = Product.of(BRANDS[(int) pick(K_BRAND, 0, BRANDS.length - 1)],
                    "Model S" + pick(K_BRAND + 500, 1, 9), category);
            boolean inScope = category.isSerialised() && (category.isWeee() || category.isVehicle()
                    || category.holdsPersonalData());
            if (inScope && violates(Violation.SRC_PROVENANCE)) {
                return Item.of(id, product);
            }
            List<Identifier> ids = new ArrayList<>(1);
            long n = pick(K_ID, 0, 999_999_999_999L);
            if (category.equals(Category.PHONE)) {
                ids.add(imei(String.format(Locale.ROOT, "86%012d", n)));
            } else if (category.isVehicle()) {
                ids.add(vin(n));
            } else if (category.isSerialised() || category.isWeee()) {
                ids.add(SerialNumber.parse("SN-" + Long.toString(n, 36).toUpperCase(Locale.ROOT)));
            }
            return Item.of(id, product, ids);
        }

        Lifecycle run() {
            boolean processor = !kind.sells();
            collect(processor);
            if (violates(Violation.SRC_PROHIBITED)) {
                FlagReason[] reasons = {FlagReason.SUSPECTED_STOLEN, FlagReason.SEIZED, FlagReason.PROHIBITED_CATEGORY,
                    FlagReason.RECALLED};
                flag(reasons[Draws.weighted(s, K_FLAG_REASON, new int[] {50, 20, 15, 15})]);
                // Sold while the flag stands: the lifecycle refuses it, so it is a submitted event outside the
                // history (the ledger's report holds it), and the item stays quarantined.
                Instant soldAt = later(HOUR, 3 * DAY);
                refused = new Sold(EventId.of(id.value() + "-sold-while-flagged"), id, soldAt, actor,
                        Sale.of(Money.ofMajor(price(), CNY), SalesChannel.PHYSICAL_STORE));
                return history.lifecycle();
            }
            if (unit(K_STOLEN) < pilot.suspectedStolenShare()) {
                flag(FlagReason.SUSPECTED_STOLEN);
                history = nextLater(DAY, 3 * DAY).cleared("CLR-" + tag);
            }
            if (processor) {
                process();
                return history.lifecycle();
            }
            double route = unit(K_ROUTE);
            double endOfLife = Math.min(1.0, pilot.endOfLifeShare() * kind.endOfLifeFactor);
            double export = kind.has(EnterpriseRole.EXPORTER) ? pilot.exportShare() : 0.0;
            if (route < endOfLife) {
                inspect();
                endOfLife();
            } else if (route < endOfLife + export) {
                inspect();
                erase();
                String[] countries = category.isVehicle() ? VEHICLE_COUNTRIES : ELECTRONICS_COUNTRIES;
                history = nextLater(2 * DAY, 10 * DAY)
                        .exported(countries[(int) pick(K_COUNTRY, 0, countries.length - 1)]);
            } else {
                resell();
            }
            return history.lifecycle();
        }

        private void collect(boolean processor) {
            CollectionChannel channel = kind.intake.get(Draws.weighted(s, K_CHANNEL, kind.intakeWeights));
            IdentityVerification.Method method = processor && category.isWeee()
                    ? IdentityVerification.Method.BUSINESS_LICENCE
                    : PERSON_METHODS[(int) pick(K_VERIFY_METHOD, 0, PERSON_METHODS.length - 1)];
            IdentityVerification verification = IdentityVerification.of("KYC-" + tag, method, t);
            Counterparty seller;
            Optional<SourceRecord> source = Optional.of(SourceRecord.of(self.name(), method, "SRC-" + tag));
            if (processor && category.isWeee()) {
                Enterprise recycler = pilot.applianceRecycler(city);
                seller = EnterpriseCounterparty.of(recycler.creditCode(), recycler.name(), verification);
            } else {
                seller = PersonCounterparty.of("Seller " + tag + " " + SyntheticPilot.MARKER, verification);
            }
            if (violates(Violation.SRC_REGISTRATION)) {
                source = Optional.empty();
                if (unit(K_SELLER_VARIANT) < 0.5) {
                    seller = PersonCounterparty.unverified("Seller " + tag + " " + SyntheticPilot.MARKER);
                }
            }
            history = next(t).collected(new Intake(channel, seller, source));
        }

        private void flag(FlagReason reason) {
            Instant flaggedAt = later(HOUR, 6 * HOUR);
            history = next(flaggedAt).flagged(Flag.of(reason, "intake check against the police database"));
            if (reason != FlagReason.SUSPECTED_STOLEN) {
                return;
            }
            if (!violates(Violation.SRC_POLICE_REPORT)) {
                history = nextLater(HOUR, 20 * HOUR).policeReported("PR-" + tag);
            } else if (unit(K_POLICE_VARIANT) < 0.6) {
                history = nextLater(26 * HOUR, 72 * HOUR).policeReported("PR-" + tag);
            } // else: never reported
        }

        private boolean gradedOnLetters() {
            return !category.isVehicle();
        }

        private ConditionGrade grade(long key, int bestRank, int worstRank) {
            if (gradedOnLetters()) {
                return GradingScale.LETTER_A_TO_D.grade(GradingScale.LETTER_A_TO_D.levels()
                        .get((int) pick(key, bestRank, worstRank)));
            }
            return GradingScale.SCORE_0_TO_100.grade(Long.toString(pick(key, 95 - 12L * worstRank, 98 - 12L * bestRank)));
        }

        private Optional<ConditionGrade> inspected = Optional.empty();

        private void inspect() {
            if (!category.isGradable()) {
                return;
            }
            ConditionGrade g = grade(K_GRADE, 0, 3);
            List<String> defects = g.rank() >= 2 || (!gradedOnLetters() && g.rank() > 20)
                    ? List.of(DEFECTS[(int) pick(K_DEFECT, 0, DEFECTS.length - 1)]) : List.of();
            history = nextLater(HOUR, 48 * HOUR)
                    .inspected(Inspection.of(g, "Inspector " + SyntheticPilot.MARKER, "INS-" + tag).withDefects(defects));
            inspected = Optional.of(g);
        }

        private void erase() {
            if (!category.holdsPersonalData() || violates(Violation.DATA_ERASURE)) {
                return;
            }
            StorageMedium medium;
            if (category.equals(Category.OFFICE_EQUIPMENT)) {
                medium = StorageMedium.MAGNETIC;
            } else if (category.equals(Category.LAPTOP) || category.equals(Category.DESKTOP)) {
                medium = unit(K_MEDIUM) < 0.3 ? StorageMedium.MAGNETIC : StorageMedium.FLASH;
            } else {
                medium = StorageMedium.FLASH;
            }
            ErasureMethod method;
            int passes;
            if (medium == StorageMedium.MAGNETIC) {
                method = ErasureMethod.OVERWRITE;
                passes = 3;
            } else if (unit(K_METHOD) < 0.6) {
                method = ErasureMethod.BLOCK_ERASE;
                passes = 1;
            } else {
                method = ErasureMethod.OVERWRITE;
                passes = 1;
            }
            boolean verified = true;
            if (violates(Violation.DATA_ERASURE_METHOD)) {
                double variant = unit(K_METHOD_VARIANT);
                if (variant < 1.0 / 3) {
                    verified = false;
                } else if (variant < 2.0 / 3 || medium == StorageMedium.FLASH) {
                    method = ErasureMethod.CRYPTO_ERASE;
                    passes = 1;
                } else {
                    passes = (int) pick(K_METHOD_VARIANT + 500, 1, 2);
                }
            }
            history = nextLater(HOUR, 24 * HOUR).erased(Erasure.of(method, passes, medium)
                    .withTool("Erasure tool " + SyntheticPilot.MARKER, "4.2").withCertificate("CERT-" + tag)
                    .withVerified(verified));
        }

        private boolean refurbishable() {
            return category.isWeee() || category.isVehicle() || category.holdsPersonalData()
                    || category.equals(Category.FURNITURE);
        }

        private void resell() {
            boolean held = violates(Violation.REUSE_RATE);
            if (!violates(Violation.DISC_CONDITION)) {
                inspect();
            }
            erase();
            boolean refurbished = kind != Archetype.AUCTIONEER && kind != Archetype.CONSIGNMENT_SHOP && refurbishable()
                    && unit(K_REFURB) < pilot.refurbishedShare();
            boolean badWarranty = refurbished && violates(Violation.WARRANTY_REFURB);
            Optional<Warranty> warranty = Optional.empty();
            if (refurbished) {
                if (badWarranty) {
                    warranty = unit(K_WARRANTY) < 0.5 ? Optional.empty()
                            : Optional.of(Warranty.ofMonths((int) pick(K_WARRANTY + 500, 1, 2)));
                } else if (category.isVehicle()) {
                    warranty = Optional.of(Warranty.ofMonthsOrKilometres(6, 10_000));
                } else {
                    warranty = Optional.of(Warranty.ofMonths(unit(K_WARRANTY) < 0.5 ? 6 : 12));
                }
                ConditionGrade before = inspected.orElseGet(() -> grade(K_GRADE, 2, 3));
                ConditionGrade after = grade(K_GRADE + 500, 0, 1);
                if (!after.isBetterThan(before)) {
                    after = before;
                }
                history = nextLater(DAY, 5 * DAY).refurbished(new WorkOrder("WO-" + tag,
                        List.of(category.isVehicle() ? "service and detailing" : "cleaning and repair"),
                        List.of(PartReplacement.of(category.isVehicle() ? "brake pads" : "battery", PartOrigin.COMPATIBLE)),
                        pick(K_REFURB + 500, 1, 12) / 2.0, Money.ofMajor(pick(K_REFURB + 501, 20, 800), CNY), before,
                        after, warranty));
            }
            SalesChannel channel = kind.sales.get(Draws.weighted(s, K_SALES_CHANNEL, kind.salesWeights));
            boolean remote = channel.isRemote();
            Money price = Money.ofMajor(price(), CNY);
            Set<Disclosure> disclosures = EnumSet.noneOf(Disclosure.class);
            if (!violates(Violation.DISC_SECONDHAND_LABEL)) {
                disclosures.add(Disclosure.SECONDHAND_STATUS);
                if (refurbished) {
                    disclosures.add(Disclosure.REFURBISHED_STATUS);
                }
            }
            inspected.ifPresent(g -> disclosures.add(Disclosure.CONDITION_GRADE));
            if (refurbished && !violates(Violation.DISC_REPAIR_HISTORY)) {
                disclosures.add(Disclosure.REPAIR_HISTORY);
            }
            if (category.isVehicle() && !violates(Violation.DISC_VEHICLE_HISTORY)) {
                disclosures.add(Disclosure.VEHICLE_HISTORY);
            }
            ReturnPolicy policy;
            if (remote) {
                if (violates(Violation.RETURN_7DAY)) {
                    policy = ReturnPolicy.none();
                } else if (unit(K_EXCEPTION) < 0.05) {
                    policy = ReturnPolicy.exceptionConfirmedByBuyer("CONF-" + tag);
                } else {
                    policy = ReturnPolicy.sevenDayNoReason();
                }
            } else {
                policy = unit(K_INSTORE_RETURN) < 0.3 ? ReturnPolicy.sevenDayNoReason() : ReturnPolicy.none();
            }
            boolean listed = remote || unit(K_LISTED) < 0.6 || held;
            if (listed) {
                history = nextLater(HOUR, 48 * HOUR).listed(new Listing(channel, price, disclosures, policy));
            }
            if (held) {
                return; // kept in stock, never sold
            }
            Sale sale = Sale.of(price, channel).withReturnPolicy(policy).withDisclosures(disclosures)
                    .withBuyer(PersonCounterparty.unverified("Buyer " + tag + " " + SyntheticPilot.MARKER));
            if (warranty.isPresent()) {
                sale = sale.withWarranty(warranty.get());
            }
            Instant soldAt = later(HOUR, 14 * DAY);
            history = next(soldAt).sold(sale);
            if (category.isVehicle()) {
                transfer();
            } else if (unit(K_RETURN) < pilot.returnShare()) {
                giveBack(price);
            }
        }

        private void transfer() {
            Instant at;
            if (!violates(Violation.CAR_TRANSFER_30D)) {
                at = later(DAY, 25 * DAY);
            } else if (unit(K_TRANSFER_VARIANT) < 0.7) {
                at = later(33 * DAY, 45 * DAY);
            } else {
                return; // never transferred
            }
            history = next(at).ownershipTransferred(LocalDate.ofInstant(at, SyntheticPilot.ZONE));
        }

        private void giveBack(Money price) {
            Instant received = later(DAY, 7 * DAY);
            history = next(received).returned(ReturnReceipt.of(
                    RETURN_REASONS[(int) pick(K_RETURN + 500, 0, RETURN_REASONS.length - 1)], received));
            if (category.isGradable() && unit(K_RETURN_INSPECT) < 0.5) {
                history = nextLater(2 * HOUR, 10 * HOUR).inspected(Inspection.of(
                        grade(K_RETURN_INSPECT + 500, 0, 3), "Inspector " + SyntheticPilot.MARKER, "INS-R-" + tag));
            }
            Instant refundAt;
            if (!violates(Violation.REFUND_7DAY)) {
                refundAt = received.plusSeconds(pick(K_GAP + 90, 12 * HOUR, 6 * DAY + 12 * HOUR));
            } else if (unit(K_REFUND_VARIANT) < 0.8) {
                refundAt = received.plusSeconds(pick(K_GAP + 90, 8 * DAY, 14 * DAY));
            } else {
                return; // never refunded
            }
            if (refundAt.isBefore(t)) {
                refundAt = t;
            }
            t = refundAt;
            history = next(refundAt).refunded(price);
        }

        private void endOfLife() {
            if (category.isWeee()) {
                if (violates(Violation.WEEE_HANDOVER)) {
                    history = nextLater(DAY, 10 * DAY).disposed(DisposalMethod.LANDFILL);
                    return;
                }
                Enterprise processor = pilot.licensedWeeeProcessor(city);
                history = nextLater(DAY, 10 * DAY).handedOver(processor);
                if (unit(K_PROCESSOR_STEPS) < 0.5) {
                    history = history.by(Actor.of(processor));
                    history = nextLater(DAY, 5 * DAY).dismantled();
                    history = nextLater(HOUR, 2 * DAY).recycled(recovered());
                }
            } else if (category.isVehicle()) {
                Enterprise recipient = violates(Violation.ELV_HANDOVER) ? pilot.scrapYard(city)
                        : pilot.qualifiedVehicleDismantler(city);
                history = nextLater(DAY, 10 * DAY).handedOver(recipient);
            } else {
                history = nextLater(DAY, 10 * DAY).recycled(recovered());
            }
        }

        private void process() {
            erase();
            if (category.isWeee() && violates(Violation.WEEE_HANDOVER)) {
                history = nextLater(DAY, 10 * DAY).disposed(DisposalMethod.LANDFILL);
                return;
            }
            history = nextLater(DAY, 10 * DAY).dismantled();
            history = nextLater(HOUR, 3 * DAY).recycled(recovered());
        }

        private Map<Material, Mass> recovered() {
            if (category.isVehicle()) {
                return Map.of(STEEL, Mass.ofKilograms(pick(K_PRICE + 700, 700, 1_100)), COPPER, Mass.ofKilograms(20),
                        PLASTICS, Mass.ofKilograms(120), GLASS, Mass.ofKilograms(35));
            }
            if (category.equals(Category.APPAREL)) {
                return Map.of(TEXTILES, Mass.ofGrams(pick(K_PRICE + 700, 200, 1_500)));
            }
            if (category.equals(Category.BOOK)) {
                return Map.of(PAPER, Mass.ofGrams(pick(K_PRICE + 700, 150, 1_200)));
            }
            if (category.equals(Category.FURNITURE)) {
                return Map.of(WOOD, Mass.ofKilograms(pick(K_PRICE + 700, 5, 60)));
            }
            double kg = category.equals(Category.LARGE_APPLIANCE) ? 45 : category.equals(Category.TELEVISION) ? 12
                    : category.equals(Category.MACHINERY) ? 300 : 1.5;
            return Map.of(STEEL, Mass.ofKilograms(kg * 0.5), COPPER, Mass.ofKilograms(kg * 0.05),
                    PLASTICS, Mass.ofKilograms(kg * 0.3));
        }

        private long price() {
            long[] range;
            if (category.equals(Category.PHONE)) {
                range = new long[] {300, 6_000};
            } else if (category.equals(Category.LAPTOP)) {
                range = new long[] {800, 9_000};
            } else if (category.isVehicle()) {
                range = new long[] {20_000, 300_000};
            } else if (category.equals(Category.LUXURY)) {
                range = new long[] {2_000, 80_000};
            } else if (category.equals(Category.MACHINERY)) {
                range = new long[] {5_000, 200_000};
            } else if (category.equals(Category.BOOK)) {
                range = new long[] {5, 120};
            } else if (category.equals(Category.APPAREL)) {
                range = new long[] {30, 800};
            } else {
                range = new long[] {100, 5_000};
            }
            return pick(K_PRICE, range[0], range[1]);
        }
    }

    static Imei imei(String fourteen) {
        for (char c = '0'; c <= '9'; c++) {
            if (Imei.isValid(fourteen + c)) {
                return Imei.parse(fourteen + c);
            }
        }
        throw new IllegalStateException("no Luhn digit completes " + fourteen); // cannot happen
    }

    private static final String VIN_SYMBOLS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    static Vin vin(long n) {
        // WMI "LZ9": L for China; the rest of the VIN from the draw, check digit at position 9
        StringBuilder b = new StringBuilder("LZ9");
        long x = n;
        for (int i = 3; i < 17; i++) {
            b.append(i == 8 ? '0' : VIN_SYMBOLS.charAt(Math.floorMod(x, VIN_SYMBOLS.length())));
            x = Draws.mix(x + i);
        }
        for (char c : "0123456789X".toCharArray()) {
            b.setCharAt(8, c);
            if (Vin.isValidChecked(b.toString())) {
                return Vin.parseChecked(b.toString());
            }
        }
        throw new IllegalStateException("no check digit completes " + b); // cannot happen: mod 11
    }
}
