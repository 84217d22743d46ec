package io.github.circularj.testkit;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DisposalMethod;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventType;
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
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.party.Province;
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
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for Circular's model values, for users' own property tests.
 *
 * <p>Every generator yields only valid values: they are built through the public factories, and
 * codes carry check characters computed by their standards' algorithms. Generators of lifecycles and
 * ledgers build on these.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CircularGens {

    /** The 31 symbols of the unified social credit code (GB 32100-2015), in value order. */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private CircularGens() {
    }

    /**
     * Generates masses between zero and {@code maxKilograms} inclusive.
     *
     * @param maxKilograms the largest mass in kilograms, finite and not negative
     * @return a generator of masses, never null
     * @throws IllegalArgumentException if {@code maxKilograms} is negative, NaN or infinite
     */
    public static Gen<Mass> masses(double maxKilograms) {
        Mass.ofKilograms(maxKilograms); // validates the bound with the model's own message
        return doubles().between(0.0, maxKilograms).map(Mass::ofKilograms);
    }

    /**
     * Generates fractions in [0, 1], including both ends.
     *
     * @return a generator of fractions, never null
     */
    public static Gen<Fraction> fractions() {
        return doubles().between(0.0, 1.0).map(Fraction::of);
    }

    /**
     * Generates amounts of money in a currency, from zero to {@code maxMajorUnits} with the
     * currency's default number of fraction digits.
     *
     * @param currency the currency, with a default number of fraction digits, not null
     * @param maxMajorUnits the largest amount in major units (e.g. yuan), positive
     * @return a generator of money, never null
     * @throws IllegalArgumentException if {@code maxMajorUnits} is not positive
     */
    public static Gen<Money> money(Currency currency, long maxMajorUnits) {
        if (maxMajorUnits <= 0) {
            throw new IllegalArgumentException("maxMajorUnits \"" + maxMajorUnits + "\" is not positive");
        }
        int digits = currency.getDefaultFractionDigits();
        long maxMinor = BigDecimal.valueOf(maxMajorUnits).movePointRight(digits).longValueExact();
        return longs().between(0, maxMinor)
                .map(minor -> Money.of(BigDecimal.valueOf(minor, digits), currency));
    }

    /**
     * Generates reporting periods of 1 to 730 days starting between 2020 and 2030.
     *
     * @return a generator of reporting periods, never null
     */
    public static Gen<ReportingPeriod> reportingPeriods() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        return integers().between(0, 3_652).zip(integers().between(1, 730),
                (start, days) -> ReportingPeriod.of(first.plusDays(start), first.plusDays(start + (long) days)));
    }

    /**
     * Generates prefecture-level division codes ({@code PP CC 00}) under real provincial prefixes.
     * The prefecture digits run from 01 to 99, so most codes are structurally valid but assigned to
     * no real city.
     *
     * @return a generator of prefecture-level division codes, never null
     */
    public static Gen<DivisionCode> prefectureCodes() {
        List<Province> provinces = List.of(Province.values());
        return Generate.pick(provinces).zip(integers().between(1, 99),
                (province, prefecture) -> DivisionCode.parse(
                        province.prefix() + String.format(java.util.Locale.ROOT, "%02d", prefecture) + "00"));
    }

    /**
     * Generates valid unified social credit codes: any registration-authority and type characters of
     * the alphabet, six division digits, a nine-character organisation code, and the check character
     * computed by GB 32100-2015.
     *
     * @return a generator of credit codes, never null
     */
    public static Gen<CreditCode> creditCodes() {
        Gen<String> symbol = integers().between(0, CREDIT_CODE_ALPHABET.length() - 1)
                .map(i -> String.valueOf(CREDIT_CODE_ALPHABET.charAt(i)));
        Gen<String> digits6 = integers().between(0, 999_999).map(n -> String.format(java.util.Locale.ROOT, "%06d", n));
        Gen<String> organisation = listOf(symbol, 9);
        return symbol.zip(symbol, digits6, organisation, (a, b, division, org) -> {
            String first17 = a + b + division + org;
            return CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17));
        });
    }

    /**
     * Generates valid IMEIs: 14 random digits and the Luhn check digit.
     *
     * @return a generator of IMEIs, never null
     */
    public static Gen<Imei> imeis() {
        return longs().between(0, 99_999_999_999_999L).map(n -> {
            String body = String.format(java.util.Locale.ROOT, "%014d", n);
            return Imei.parse(body + luhnCheckDigit(body));
        });
    }

    /**
     * Generates VINs with a valid check digit (ISO 3779 / GB 16735), accepted by
     * {@link Vin#parseChecked(String)}.
     *
     * @return a generator of checked VINs, never null
     */
    public static Gen<Vin> checkedVins() {
        Gen<String> symbol = integers().between(0, VIN_ALPHABET.length() - 1)
                .map(i -> String.valueOf(VIN_ALPHABET.charAt(i)));
        return listOf(symbol, 17).map(text -> {
            for (char check : "0123456789X".toCharArray()) {
                String candidate = text.substring(0, 8) + check + text.substring(9);
                if (Vin.isValidChecked(candidate)) {
                    return Vin.parseChecked(candidate);
                }
            }
            throw new IllegalStateException("no check digit completes " + text); // cannot happen: mod 11
        });
    }

    /**
     * Picks one of the built-in categories.
     *
     * @return a generator of built-in categories, never null
     */
    public static Gen<Category> builtInCategories() {
        return Generate.pick(Category.builtIns());
    }

    /**
     * Generates items of the built-in categories with ids {@code GEN-<n>}: phones carry a valid IMEI,
     * vehicles a checked VIN, other serialised or WEEE categories a serial number, the rest no
     * identifier.
     *
     * @return a generator of items, never null
     */
    public static Gen<Item> items() {
        return builtInCategories().zip(longs().between(0, 999_999_999_999L), integers().between(0, 9_999_999),
                (category, n, id) -> item(ItemId.of("GEN-" + id), category, n));
    }

    /**
     * Generates synthetic enterprises: a valid credit code carrying the city's division digits, a name
     * marked {@value SyntheticPilot#MARKER}, a prefecture-level city and one or two roles.
     *
     * @return a generator of enterprises, never null
     */
    public static Gen<Enterprise> enterprises() {
        List<EnterpriseRole> roles = List.of(EnterpriseRole.values());
        return prefectureCodes().zip(creditCodes(), Generate.pick(roles), Generate.pick(roles), (division, code, a, b) -> {
            String first17 = code.toString().substring(0, 2) + division + code.toString().substring(8, 17);
            City city = City.of(division, "Gencity " + SyntheticPilot.MARKER);
            return Enterprise.of(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)),
                    "Generated Enterprise " + SyntheticPilot.MARKER, city, a, b);
        });
    }

    /**
     * Generates valid lifecycles of up to {@code maxEvents} events: random walks over the lifecycle
     * transition table from an unrecorded item, each step one of the events the current stage allows,
     * with valid payloads and instants that never decrease (starting in 2025). Every generated
     * lifecycle was built through {@link Lifecycle.Builder}, so none breaks the table.
     *
     * @param maxEvents the most events of a lifecycle, zero or more
     * @return a generator of lifecycles, never null
     * @throws IllegalArgumentException if {@code maxEvents} is negative
     */
    public static Gen<Lifecycle> lifecycles(int maxEvents) {
        if (maxEvents < 0) {
            throw new IllegalArgumentException("maxEvents \"" + maxEvents + "\" is negative");
        }
        return items().zip(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, maxEvents),
                integers().between(0, 300 * 24 * 60), (item, choices, startMinute) -> walk(item, choices, startMinute));
    }

    /**
     * Generates in-memory ledgers for reporting period 2025 of up to {@code maxItems} lifecycles of up
     * to {@code maxEvents} events each (see {@link #lifecycles(int)}); item ids are distinct within a
     * ledger.
     *
     * @param maxItems the most lifecycles of a ledger, zero or more
     * @param maxEvents the most events of a lifecycle, zero or more
     * @return a generator of ledgers, never null
     * @throws IllegalArgumentException if {@code maxItems} or {@code maxEvents} is negative
     */
    public static Gen<Ledger> ledgers(int maxItems, int maxEvents) {
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems \"" + maxItems + "\" is negative");
        }
        return enterprises().zip(lists().of(lifecycles(maxEvents)).ofSizeBetween(0, maxItems), (enterprise, drafts) -> {
            List<Lifecycle> distinct = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Lifecycle draft = drafts.get(i);
                Item item = item(ItemId.of("GEN-" + i), draft.item().category(), i);
                distinct.add(walk(item, choicesOf(draft), startMinuteOf(draft)));
            }
            return Ledger.of(enterprise, ReportingPeriod.ofYear(2025), distinct);
        });
    }

    private static final Instant WALK_START = Instant.parse("2024-12-31T16:00:00Z"); // 2025-01-01 in Asia/Shanghai
    private static final Actor ACTOR = Actor.of("Generated actor " + SyntheticPilot.MARKER);
    private static final Currency CNY = Currency.getInstance("CNY");

    private static Item item(ItemId id, Category category, long n) {
        Product product = Product.of("Genbrand", "Model " + (n % 100), category);
        List<Identifier> ids = new ArrayList<>();
        if (category.equals(Category.PHONE)) {
            ids.add(PilotLifecycles.imei(String.format(java.util.Locale.ROOT, "35%012d", n % 1_000_000_000_000L)));
        } else if (category.isVehicle()) {
            ids.add(PilotLifecycles.vin(n));
        } else if (category.isSerialised() || category.isWeee()) {
            ids.add(SerialNumber.parse("GEN-SN-" + n));
        }
        return Item.of(id, product, ids);
    }

    // the walk keeps its inputs recoverable from the lifecycle so that ledgers can re-id items
    private static List<Integer> choicesOf(Lifecycle draft) {
        List<Integer> choices = new ArrayList<>();
        for (LifecycleEvent e : draft.events()) {
            String id = e.id().value();
            choices.add(Integer.parseInt(id.substring(id.lastIndexOf('c') + 1)));
        }
        return choices;
    }

    private static int startMinuteOf(Lifecycle draft) {
        return draft.isEmpty() ? 0 : (int) ((draft.events().get(0).at().getEpochSecond() - WALK_START.getEpochSecond()) / 60);
    }

    private static Lifecycle walk(Item item, List<Integer> choices, int startMinute) {
        History history = History.of(item).by(ACTOR);
        Instant at = WALK_START.plusSeconds(60L * startMinute);
        int n = 0;
        for (int choice : choices) {
            List<EventType> allowed = List.copyOf(history.stage().allowedEvents());
            if (allowed.isEmpty()) {
                break;
            }
            EventType type = allowed.get(choice % allowed.size());
            if (n > 0) {
                at = at.plusSeconds(60L * (choice % 4_000));
            }
            String id = item.id() + "-" + n + "-c" + choice;
            history = record(history.at(at).id(id), type, id, at, choice);
            n++;
        }
        return history.lifecycle();
    }

    /** Records the next event of a type, its id and instant already set; {@code ref} is its id. */
    private static History record(History h, EventType type, String ref, Instant at, int choice) {
        switch (type) {
            case MANUFACTURED:
                return h.manufactured();
            case SOLD_NEW:
                return h.soldNew();
            case COLLECTED: {
                IdentityVerification.Method method = IdentityVerification.Method.values()[choice % 4];
                return h.collected(Intake.of(CollectionChannel.values()[choice % 5],
                        PersonCounterparty.of("Seller " + SyntheticPilot.MARKER, IdentityVerification.of("KYC-" + ref, method, at)))
                        .withSourceRecord(SourceRecord.of("Generated site", method, "SRC-" + ref)));
            }
            case FLAGGED:
                return h.flagged(Flag.of(FlagReason.values()[choice % 4], "generator"));
            case POLICE_REPORTED:
                return h.policeReported("PR-" + ref);
            case CLEARED:
                return h.cleared("CLR-" + ref);
            case INSPECTED:
                return h.inspected(Inspection.of(letter(choice), "Inspector", "INS-" + ref));
            case DATA_ERASED:
                return h.erased(Erasure.of(ErasureMethod.values()[choice % 4], 1 + choice % 3,
                        StorageMedium.values()[choice % 2]).withTool("Generated tool", "1.0").withCertificate("CERT-" + ref)
                        .withVerified(choice % 5 != 0));
            case REFURBISHED:
                return h.refurbished(new WorkOrder("WO-" + ref, List.of("repair"), List.of(),
                        1.5, Money.ofMajor(choice, CNY), letter(choice + 2), letter(choice), choice % 2 == 0
                                ? Optional.of(Warranty.ofMonths(choice % 13)) : Optional.empty()));
            case LISTED:
                return h.listed(new Listing(SalesChannel.values()[choice % 6], Money.ofMajor(choice, CNY),
                        Set.of(Disclosure.values()[choice % 6]), ReturnPolicy.sevenDayNoReason()));
            case SOLD:
                return h.sold(Sale.of(Money.ofMajor(choice, CNY), SalesChannel.values()[choice % 6]));
            case RETURNED:
                return h.returned(ReturnReceipt.of("changed mind", at));
            case REFUNDED:
                return h.refunded(Money.ofMajor(choice, CNY));
            case OWNERSHIP_TRANSFERRED:
                return h.ownershipTransferred(at.atOffset(ZoneOffset.UTC).toLocalDate());
            case EXPORTED:
                return h.exported(choice % 2 == 0 ? "KZ" : "AE");
            case HANDED_OVER:
                return h.handedOver(RECIPIENTS.get(choice % RECIPIENTS.size()));
            case DISMANTLED:
                return h.dismantled();
            case RECYCLED:
                return h.recycled(Map.of(Material.technical("steel"), Mass.ofKilograms(choice % 50 + 1)));
            case DISPOSED:
                return h.disposed(DisposalMethod.values()[choice % 2]);
            default:
                throw new AssertionError(type);
        }
    }

    private static ConditionGrade letter(int choice) {
        return GradingScale.LETTER_A_TO_D.grade(GradingScale.LETTER_A_TO_D.levels().get(Math.floorMod(choice, 4)));
    }

    private static final List<Enterprise> RECIPIENTS = List.of(
            recipient("MA0000001", "Generated Licensed WEEE Processor " + SyntheticPilot.MARKER,
                    EnterpriseRole.WEEE_PROCESSOR_LICENSED),
            recipient("MA0000002", "Generated Qualified Vehicle Dismantler " + SyntheticPilot.MARKER,
                    EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED),
            recipient("MA0000003", "Generated Scrap Yard " + SyntheticPilot.MARKER, EnterpriseRole.RECYCLER));

    private static Enterprise recipient(String organisation, String name, EnterpriseRole role) {
        String first17 = "91338100" + organisation; // 3381: a prefecture code no real city has (see SyntheticPilot)
        return Enterprise.of(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)), name,
                City.of("338100", "Gencity " + SyntheticPilot.MARKER), role);
    }

    private static Gen<String> listOf(Gen<String> symbol, int length) {
        Gen<String> result = symbol;
        for (int i = 1; i < length; i++) {
            result = result.zip(symbol, String::concat);
        }
        return result;
    }

    private static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
