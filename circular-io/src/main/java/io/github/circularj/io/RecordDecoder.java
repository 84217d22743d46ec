package io.github.circularj.io;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.DisposalMethod;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.Flag;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Manufactured;
import io.github.circularj.model.lifecycle.OwnershipTransferred;
import io.github.circularj.model.lifecycle.PoliceReported;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Refunded;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.ReturnReceipt;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseCounterparty;
import io.github.circularj.model.party.EnterpriseProfile;
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
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.MaterialKind;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.Nullable;

/**
 * The one place where model values are built from the fields of a record, for both formats (a CSV trade
 * record is turned into the same fields first). The field names are the format's, documented in
 * {@code docs/ledger-format.md}; the model's record shapes appear only here and in {@link RecordEncoder}.
 *
 * <p>Every value the model refuses becomes a {@link BadRecord} naming the field, its value and the model's
 * message. A missing optional fact stays missing: nothing is filled in.
 */
final class RecordDecoder {

    /** The {@code type} of an item line. */
    static final String ITEM = "ITEM";

    /** The most entries of each cache of decoded values before it is emptied. */
    private static final int CACHE_LIMIT = 4_096;

    // Values that repeat from line to line (the actor of every event, its credit code, the category of every
    // item) are validated once and shared: they are immutable, so a shared value is the same value.
    private final Map<String, Actor> actors = new java.util.HashMap<>();
    private final Map<String, CreditCode> creditCodes = new java.util.HashMap<>();
    private final Map<String, Category> categories = new java.util.HashMap<>();

    // the events of an item follow one another in a grouped file: their item id is validated once
    @Nullable
    private String lastActorName;
    @Nullable
    private String lastActorCode;
    @Nullable
    private Actor lastActor;
    @Nullable
    private String lastItemText;
    @Nullable
    private ItemId lastItem;

    RecordDecoder() {
    }

    private static <V> V remember(Map<String, V> cache, String key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
        return value;
    }

    /** A step that builds a model value and may be refused by the model. */
    interface Step<T> {
        T get() throws BadRecord;
    }

    /**
     * Runs a step, turning the model's refusal into a {@link BadRecord} for one field; the value is written
     * as text only then (a list with its entries separated by '|', an amount in plain digits).
     */
    static <T> T model(String field, @Nullable Object value, Step<T> step) throws BadRecord {
        try {
            return step.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new BadRecord(field, shown(value), String.valueOf(e.getMessage()));
        }
    }

    @Nullable
    private static String shown(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (Object o : list) {
                out.append(out.length() == 0 ? "" : "|").append(o);
            }
            return out.toString();
        }
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    // ---------------------------------------------------------------- header

    LedgerHeader header(Fields f) throws BadRecord {
        Enterprise enterprise = enterprise(f, "enterprise", "cityCode", "cityName", "roles");
        ReportingPeriod period = model("periodEnd", f.optionalText("periodEnd"),
                () -> ReportingPeriod.of(f.date("periodStart"), f.date("periodEnd")));
        boolean grouped = f.bool("grouped");
        Boolean synthetic = f.optionalBool("synthetic");
        Long retention = f.optionalInteger("recordRetentionYears");
        boolean hasFilings = f.has("filings");
        List<String> filings = f.texts("filings");
        Optional<EnterpriseProfile> profile = Optional.empty();
        if (retention != null || hasFilings) {
            profile = Optional.of(model("recordRetentionYears", retention, () -> {
                if (retention != null && (retention < 1 || retention > Integer.MAX_VALUE)) {
                    throw new BadRecord("recordRetentionYears", retention.toString(),
                            "a declared retention period is 1 year or more");
                }
                return new EnterpriseProfile(retention == null ? OptionalInt.empty() : OptionalInt.of(retention.intValue()),
                        new TreeSet<>(filings));
            }));
        }
        return new LedgerHeader(enterprise, period, grouped, synthetic != null && synthetic, profile);
    }

    /** An enterprise from fields {@code <prefix>CreditCode}, {@code <prefix>Name} and the city and roles fields named. */
    private Enterprise enterprise(Fields f, String prefix, String cityCodeField, String cityNameField,
            String rolesField) throws BadRecord {
        CreditCode code = creditCode(f, prefix + "CreditCode");
        String name = f.text(prefix + "Name");
        String cityCode = f.text(cityCodeField);
        String cityName = f.text(cityNameField);
        City city = model(cityCodeField, cityCode, () -> City.of(cityCode, cityName));
        List<String> roleNames = f.texts(rolesField);
        Set<EnterpriseRole> roles = EnumSet.noneOf(EnterpriseRole.class);
        for (String role : roleNames) {
            roles.add(Fields.constantOf(rolesField, role, EnterpriseRole.class));
        }
        return model(prefix + "Name", name, () -> new Enterprise(code, name, city, roles));
    }

    private CreditCode creditCode(Fields f, String field) throws BadRecord {
        return creditCode(f.text(field), field);
    }

    // ---------------------------------------------------------------- items

    Item item(Fields f) throws BadRecord {
        String idText = f.text("itemId");
        ItemId id = model("itemId", idText, () -> ItemId.of(idText));
        lastItemText = idText; // the item's events, which follow it in a grouped file, share its id
        lastItem = id;
        Category category = category(f);
        String brand = f.sharedText("brand");
        String modelName = f.sharedText("model");
        Product.Builder product = model("brand", brand, () -> Product.builder(brand, modelName, category));
        List<Fields> entries = f.records("composition");
        if (!f.records("composition").isEmpty()) {
            MaterialComposition.Builder composition = MaterialComposition.builder();
            for (Fields e : entries) {
                Material material = material(e);
                Mass mass = mass(e, "kg");
                Fraction recycled = fraction(e, "recycledInput");
                Fraction reused = fraction(e, "reusedInput");
                Fraction sustainable = fraction(e, "sustainablySourcedInput");
                e.requireAllUsed("a composition entry");
                model("composition", material.name(), () -> composition.add(
                        new MaterialComposition.Entry(material, mass, recycled, reused, sustainable)));
            }
            MaterialComposition built = model("composition", null, composition::build);
            product.composition(built);
        }
        Double lifetime = f.optionalDecimal("designLifetimeYears");
        if (lifetime != null) {
            model("designLifetimeYears", lifetime, () -> product.designLifetimeYears(lifetime));
        }
        Double intensity = f.optionalDecimal("useIntensity");
        if (intensity != null) {
            model("useIntensity", intensity, () -> product.useIntensity(intensity));
        }
        EfficiencyGrade.Label label = f.has("efficiencyLabel") ? f.constant("efficiencyLabel", EfficiencyGrade.Label.class) : null;
        Long grade = f.optionalInteger("efficiencyGrade");
        if ((label == null) != (grade == null)) {
            throw new BadRecord(label == null ? "efficiencyGrade" : "efficiencyLabel", label == null ? String.valueOf(grade) : label.name(),
                    "efficiencyLabel and efficiencyGrade go together: give both or neither");
        }
        if (label != null) {
            model("efficiencyGrade", grade, () -> product.efficiencyGrade(new EfficiencyGrade(label,
                    grade > Integer.MAX_VALUE || grade < Integer.MIN_VALUE ? 0 : grade.intValue())));
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (Fields i : f.records("identifiers")) {
            String kind = i.text("kind");
            String value = i.text("value");
            i.requireAllUsed("an identifier");
            identifiers.add(identifier(kind, value));
        }
        Product built = product.build();
        Item item = model("identifiers", null, () -> Item.of(id, built, identifiers));
        java.time.LocalDate made = f.optionalDate("manufactureDate");
        if (made != null) {
            item = item.withManufactureDate(made);
        }
        return item;
    }

    static Identifier identifier(String kind, String value) throws BadRecord {
        switch (kind) {
            case "IMEI":
                return model("identifiers", value, () -> Imei.parse(value));
            case "VIN":
                return model("identifiers", value, () -> Vin.parse(value));
            case "SERIAL":
                if (!value.strip().equals(value)) {
                    throw new BadRecord("identifiers", value, "the serial number has leading or trailing whitespace;"
                            + " it is taken as given, never trimmed");
                }
                return model("identifiers", value, () -> SerialNumber.parse(value));
            default:
                throw new BadRecord("identifiers", kind, "the identifier kind is not one of IMEI, VIN, SERIAL");
        }
    }

    Category category(Fields f) throws BadRecord {
        String code = f.text("category");
        String name = f.optionalText("categoryName");
        List<String> flags = f.texts("categoryFlags");
        if (name == null) {
            if (!flags.isEmpty()) {
                throw new BadRecord("categoryFlags", String.join("|", flags),
                        "flags are given only with a custom category's categoryName");
            }
            Category cached = categories.get(code);
            return cached != null ? cached : remember(categories, code, model("category", code, () -> Category.of(code)));
        }
        Category.Builder custom = model("category", code, () -> Category.custom(code, name));
        for (String flag : flags) {
            switch (flag) {
                case "PERSONAL_DATA":
                    custom.holdsPersonalData(true);
                    break;
                case "WEEE":
                    custom.weee(true);
                    break;
                case "VEHICLE":
                    custom.vehicle(true);
                    break;
                case "SERIALISED":
                    custom.serialised(true);
                    break;
                case "GRADABLE":
                    custom.gradable(true);
                    break;
                default:
                    throw new BadRecord("categoryFlags", flag,
                            "the flag is not one of PERSONAL_DATA, WEEE, VEHICLE, SERIALISED, GRADABLE");
            }
        }
        return custom.build();
    }

    private Material material(Fields f) throws BadRecord {
        String name = f.text("material");
        MaterialKind kind = f.constant("kind", MaterialKind.class);
        return model("material", name, () -> new Material(name, kind));
    }

    private Mass mass(Fields f, String field) throws BadRecord {
        double kg = f.decimal(field);
        return model(field, kg, () -> Mass.ofKilograms(kg));
    }

    private Fraction fraction(Fields f, String field) throws BadRecord {
        Double value = f.optionalDecimal(field);
        if (value == null) {
            return Fraction.ZERO;
        }
        return model(field, value, () -> Fraction.of(value));
    }

    // ---------------------------------------------------------------- events

    /** Builds the event of a record whose {@code type} is an event type; the type was read by the caller. */
    LifecycleEvent event(EventType type, Fields f) throws BadRecord {
        String idText = f.text("id");
        EventId id = model("id", idText, () -> EventId.of(idText));
        ItemId item = lastItem;
        if (lastItemText == null || !f.sameText("itemId", lastItemText)) { // an item's events follow one another
            String itemText = f.text("itemId");
            item = model("itemId", itemText, () -> ItemId.of(itemText));
            lastItemText = itemText;
            lastItem = item;
        }
        Instant at = f.instant("at");
        Actor actor = actor(f);
        LifecycleEvent event = payload(type, f, id, item, at, actor);
        f.requireAllUsed("an event of type ", type);
        return event;
    }

    private static final EventType[] EVENT_TYPES = EventType.values();

    static EventType eventType(String type) throws BadRecord {
        for (EventType t : EVENT_TYPES) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw new BadRecord("type", type, "the type is not ITEM or an event type ("
                + java.util.Arrays.toString(EventType.values()) + ")");
    }

    private Actor actor(Fields f) throws BadRecord {
        if (lastActorName != null && f.sameText("actor", lastActorName) && f.sameText("actorCreditCode", lastActorCode)) {
            return lastActor; // read from the line's bytes: the same actor as the line before
        }
        String name = f.text("actor");
        String code = f.optionalText("actorCreditCode");
        if (name.equals(lastActorName) && java.util.Objects.equals(code, lastActorCode)) {
            return lastActor;
        }
        Actor actor = actor(name, code);
        lastActorName = name;
        lastActorCode = code;
        lastActor = actor;
        return actor;
    }

    private Actor actor(String name, @Nullable String code) throws BadRecord {
        String key = code == null ? name : name + '\u0000' + code;
        Actor cached = actors.get(key);
        if (cached != null) {
            return cached;
        }
        if (code == null) {
            return remember(actors, key, model("actor", name, () -> Actor.of(name)));
        }
        CreditCode credit = creditCode(code, "actorCreditCode");
        return remember(actors, key, model("actor", name, () -> Actor.of(name, credit)));
    }

    private CreditCode creditCode(String text, String field) throws BadRecord {
        CreditCode cached = creditCodes.get(text);
        return cached != null ? cached : remember(creditCodes, text, model(field, text, () -> CreditCode.parse(text)));
    }

    private LifecycleEvent payload(EventType type, Fields f, EventId id, ItemId item, Instant at, Actor actor)
            throws BadRecord {
        switch (type) {
            case MANUFACTURED:
                return new Manufactured(id, item, at, actor);
            case SOLD_NEW:
                Optional<SubsidyClaim> claim = claim(f, item);
                return model("claimOldItemId", null, () -> new SoldNew(id, item, at, actor, claim));
            case COLLECTED:
                return new Collected(id, item, at, actor, intake(f));
            case FLAGGED: {
                FlagReason reason = f.constant("reason", FlagReason.class);
                String by = f.text("flaggedBy");
                return new Flagged(id, item, at, actor, model("flaggedBy", by, () -> Flag.of(reason, by)));
            }
            case POLICE_REPORTED: {
                String ref = f.text("reportReference");
                return model("reportReference", ref, () -> new PoliceReported(id, item, at, actor, ref));
            }
            case CLEARED: {
                String ref = f.text("reference");
                return model("reference", ref, () -> new Cleared(id, item, at, actor, ref));
            }
            case INSPECTED:
                return new Inspected(id, item, at, actor, inspection(f));
            case DATA_ERASED:
                return new DataErased(id, item, at, actor, erasure(f));
            case REFURBISHED:
                return new Refurbished(id, item, at, actor, workOrder(f));
            case LISTED:
                return new Listed(id, item, at, actor, listing(f));
            case SOLD:
                return new Sold(id, item, at, actor, sale(f));
            case RETURNED: {
                String reason = f.text("reason");
                Instant received = f.instant("receivedAt");
                return new Returned(id, item, at, actor, model("reason", reason, () -> ReturnReceipt.of(reason, received)));
            }
            case REFUNDED: {
                Money amount = money(f, "amount");
                return model("amount", amount, () -> new Refunded(id, item, at, actor, amount));
            }
            case OWNERSHIP_TRANSFERRED:
                return new OwnershipTransferred(id, item, at, actor, f.date("registeredOn"));
            case EXPORTED: {
                String country = f.text("destinationCountry");
                return model("destinationCountry", country, () -> new Exported(id, item, at, actor, country));
            }
            case HANDED_OVER:
                return new HandedOver(id, item, at, actor,
                        enterprise(f, "recipient", "recipientCityCode", "recipientCityName", "recipientRoles"));
            case DISMANTLED:
                return new Dismantled(id, item, at, actor);
            case RECYCLED: {
                Map<Material, Mass> recovered = new TreeMap<>();
                for (Fields r : f.records("recovered")) {
                    Material material = material(r);
                    Mass mass = mass(r, "kg");
                    r.requireAllUsed("a recovered material");
                    if (recovered.put(material, mass) != null) {
                        throw new BadRecord("recovered", material.name(), "the material appears twice in one event");
                    }
                }
                return new Recycled(id, item, at, actor, recovered);
            }
            case DISPOSED:
                return new Disposed(id, item, at, actor, f.constant("method", DisposalMethod.class));
            default:
                throw new AssertionError(type); // every event type is listed above
        }
    }

    private Intake intake(Fields f) throws BadRecord {
        CollectionChannel channel = f.constant("channel", CollectionChannel.class);
        Counterparty seller = counterparty(f, SELLER);
        if (seller == null) {
            throw Fields.missing(SELLER.kind());
        }
        Intake intake = Intake.of(channel, seller);
        String site = f.optionalSharedText("sourceSite");
        IdentityVerification.Method method = f.optionalConstant("sourceVerificationMethod", IdentityVerification.Method.class);
        String ref = f.optionalText("sourceReference");
        if (site != null || method != null || ref != null) {
            if (site == null || method == null || ref == null) {
                throw new BadRecord(site == null ? "sourceSite" : method == null ? "sourceVerificationMethod" : "sourceReference",
                        null, "a source record has all three of sourceSite, sourceVerificationMethod and sourceReference");
            }
            SourceRecord record = model("sourceReference", ref, () -> SourceRecord.of(site, method, ref));
            intake = intake.withSourceRecord(record);
        }
        return intake;
    }

    /** The field names of a counterparty with a prefix, built once (a lookup by a new string would hash it). */
    private record Party(String kind, String name, String creditCode, String reference, String method, String at) {
        static Party of(String p) {
            return new Party(p + "Kind", p + "Name", p + "CreditCode", p + "VerificationReference",
                    p + "VerificationMethod", p + "VerifiedAt");
        }
    }

    private static final Party SELLER = Party.of("seller");
    private static final Party BUYER = Party.of("buyer");

    /** A counterparty from fields {@code <p>Kind}, {@code <p>Name}, {@code <p>CreditCode} and its verification; null if none. */
    @Nullable
    private Counterparty counterparty(Fields f, Party p) throws BadRecord {
        String kind = f.optionalText(p.kind());
        String name = f.optionalText(p.name());
        String code = f.optionalText(p.creditCode());
        IdentityVerification verification = verification(f, p);
        if (kind == null) {
            if (name != null || code != null || verification != null) {
                throw Fields.missing(p.kind());
            }
            return null;
        }
        if (name == null) {
            throw Fields.missing(p.name());
        }
        switch (kind) {
            case "PERSON":
                if (code != null) {
                    throw new BadRecord(p.creditCode(), code, "a person has no credit code");
                }
                return model(p.name(), name, () -> verification == null ? PersonCounterparty.unverified(name)
                        : PersonCounterparty.of(name, verification));
            case "ENTERPRISE": {
                if (code == null) {
                    throw Fields.missing(p.creditCode());
                }
                CreditCode credit = creditCode(code, p.creditCode());
                return model(p.name(), name, () -> verification == null ? EnterpriseCounterparty.of(credit, name)
                        : EnterpriseCounterparty.of(credit, name, verification));
            }
            default:
                throw new BadRecord(p.kind(), kind, "the kind is not one of PERSON, ENTERPRISE");
        }
    }

    @Nullable
    private IdentityVerification verification(Fields f, Party p) throws BadRecord {
        String ref = f.optionalText(p.reference());
        IdentityVerification.Method method = f.optionalConstant(p.method(), IdentityVerification.Method.class);
        Instant at = f.optionalInstant(p.at());
        if (ref == null && method == null && at == null) {
            return null;
        }
        if (ref == null || method == null || at == null) {
            throw new BadRecord(ref == null ? p.reference() : method == null ? p.method() : p.at(), null,
                    "a verification has all three of " + p.reference() + ", " + p.method() + " and " + p.at());
        }
        return model(p.reference(), ref, () -> IdentityVerification.of(ref, method, at));
    }

    private GradingScale scale(Fields f) throws BadRecord {
        String name = f.text("gradingScale");
        List<String> levels = f.texts("gradingLevels");
        if (levels.isEmpty()) {
            if (name.equals(GradingScale.LETTER_A_TO_D.name())) {
                return GradingScale.LETTER_A_TO_D;
            }
            if (name.equals(GradingScale.SCORE_0_TO_100.name())) {
                return GradingScale.SCORE_0_TO_100;
            }
            throw new BadRecord("gradingScale", name, "the scale is not a built-in one (A-D, 0-100), so its"
                    + " gradingLevels, best first, are needed");
        }
        return model("gradingLevels", levels, () -> GradingScale.of(name, levels));
    }

    private ConditionGrade grade(GradingScale scale, Fields f, String field) throws BadRecord {
        String level = f.text(field);
        return model(field, level, () -> scale.grade(level));
    }

    private Inspection inspection(Fields f) throws BadRecord {
        GradingScale scale = scale(f);
        ConditionGrade grade = grade(scale, f, "grade");
        String inspector = f.sharedText("inspector");
        String report = f.text("reportReference");
        List<String> defects = f.texts("defects");
        return model("defects", defects, () -> new Inspection(grade, inspector, report, defects));
    }

    private Erasure erasure(Fields f) throws BadRecord {
        ErasureMethod method = f.constant("method", ErasureMethod.class);
        int passes = f.smallInteger("passes");
        StorageMedium medium = f.constant("medium", StorageMedium.class);
        Optional<String> tool = Optional.ofNullable(f.optionalSharedText("tool"));
        Optional<String> version = Optional.ofNullable(f.optionalSharedText("toolVersion"));
        Optional<String> certificate = Optional.ofNullable(f.optionalText("certificate"));
        boolean verified = f.bool("verified");
        return model("passes", passes,
                () -> new Erasure(method, passes, medium, tool, version, certificate, verified));
    }

    private Optional<Warranty> warranty(Fields f) throws BadRecord {
        Long months = f.optionalInteger("warrantyMonths");
        Long km = f.optionalInteger("warrantyKilometres");
        if (months == null) {
            if (km != null) {
                throw Fields.missing("warrantyMonths");
            }
            return Optional.empty();
        }
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw new BadRecord("warrantyMonths", months.toString(), "the value is out of the range of a 32-bit integer");
        }
        return Optional.of(model("warrantyMonths", months, () -> new Warranty(months.intValue(),
                km == null ? OptionalLong.empty() : OptionalLong.of(km))));
    }

    Money money(Fields f, String field) throws BadRecord {
        Money m = optionalMoney(f, field);
        if (m == null) {
            throw Fields.missing(field);
        }
        return m;
    }

    @Nullable
    private Money optionalMoney(Fields f, String field) throws BadRecord {
        BigDecimal amount = f.optionalAmount(field);
        if (amount == null) {
            return null;
        }
        String currency = f.text("currency");
        return model(field, amount, () -> {
            try {
                return Money.of(amount, java.util.Currency.getInstance(currency));
            } catch (IllegalArgumentException e) {
                if (currency.length() != 3 || !currency.equals(currency.toUpperCase(java.util.Locale.ROOT))) {
                    throw new BadRecord("currency", currency, "the currency is not an ISO 4217 code such as CNY");
                }
                throw e;
            }
        });
    }

    private WorkOrder workOrder(Fields f) throws BadRecord {
        String reference = f.text("workOrder");
        List<String> repairs = f.texts("repairs");
        List<PartReplacement> parts = new ArrayList<>();
        for (Fields p : f.records("partsReplaced")) {
            String part = p.text("part");
            PartOrigin origin = p.constant("origin", PartOrigin.class);
            p.requireAllUsed("a replaced part");
            parts.add(model("partsReplaced", part, () -> PartReplacement.of(part, origin)));
        }
        double hours = f.decimal("labourHours");
        Money cost = money(f, "cost");
        GradingScale scale = scale(f);
        ConditionGrade before = grade(scale, f, "gradeBefore");
        ConditionGrade after = grade(scale, f, "gradeAfter");
        Optional<Warranty> warranty = warranty(f);
        return model("workOrder", reference,
                () -> new WorkOrder(reference, repairs, parts, hours, cost, before, after, warranty));
    }

    private Set<Disclosure> disclosures(Fields f) throws BadRecord {
        Set<Disclosure> out = EnumSet.noneOf(Disclosure.class);
        for (String d : f.texts("disclosures")) {
            if (!out.add(Fields.constantOf("disclosures", d, Disclosure.class))) {
                throw new BadRecord("disclosures", d, "the disclosure is listed twice");
            }
        }
        return out;
    }

    private ReturnPolicy returnPolicy(Fields f) throws BadRecord {
        ReturnPolicy.Kind kind = f.constant("returnPolicy", ReturnPolicy.Kind.class);
        Optional<String> confirmation = Optional.ofNullable(f.optionalText("returnConfirmation"));
        return model("returnConfirmation", confirmation.orElse(null), () -> new ReturnPolicy(kind, confirmation));
    }

    private Listing listing(Fields f) throws BadRecord {
        SalesChannel channel = f.constant("channel", SalesChannel.class);
        Money asking = money(f, "askingPrice");
        Set<Disclosure> disclosures = disclosures(f);
        ReturnPolicy policy = returnPolicy(f);
        return model("askingPrice", asking, () -> new Listing(channel, asking, disclosures, policy));
    }

    /** A SOLD_NEW line's subsidy claim: all its fields or none; the old item's two fields both or neither. */
    private Optional<SubsidyClaim> claim(Fields f, ItemId item) throws BadRecord {
        String code = f.optionalText("claimCategory");
        if (code == null) {
            for (String field : List.of("claimed", "claimFinalPrice", "claimBuyer", "claimOldItemId", "claimCollectedEventId")) {
                if (f.has(field)) {
                    throw new BadRecord(field, null, "a claim's fields go with claimCategory, which is missing");
                }
            }
            return Optional.empty();
        }
        ProgrammeCategory category = ProgrammeCategory.ofCode(code).orElseThrow(() -> new BadRecord("claimCategory", code,
                "not a programme category; the categories are " + java.util.Arrays.stream(ProgrammeCategory.values())
                        .map(ProgrammeCategory::code).toList()));
        Money finalPrice = money(f, "claimFinalPrice");
        Money claimed = money(f, "claimed");
        String buyerText = f.text("claimBuyer");
        BuyerReference buyer = model("claimBuyer", buyerText, () -> BuyerReference.of(buyerText));
        String oldItem = f.optionalText("claimOldItemId");
        String collected = f.optionalText("claimCollectedEventId");
        if ((oldItem == null) != (collected == null)) {
            throw new BadRecord(oldItem == null ? "claimCollectedEventId" : "claimOldItemId", oldItem == null ? collected : oldItem,
                    "claimOldItemId and claimCollectedEventId go together: give both or neither");
        }
        SubsidyClaim claim = model("claimed", claimed, () -> SubsidyClaim.of(category, claimed, finalPrice, buyer));
        if (oldItem != null) {
            TradeInLink link = model("claimOldItemId", oldItem, () -> TradeInLink.of(ItemId.of(oldItem), EventId.of(collected)));
            claim = claim.withTradeIn(link);
        }
        return Optional.of(claim);
    }

    private Sale sale(Fields f) throws BadRecord {
        Money price = money(f, "price");
        Optional<Counterparty> buyer = Optional.ofNullable(counterparty(f, BUYER));
        SalesChannel channel = f.constant("channel", SalesChannel.class);
        boolean remote = f.bool("remote");
        ReturnPolicy policy = returnPolicy(f);
        Optional<Warranty> warranty = warranty(f);
        Optional<Money> subsidy = Optional.ofNullable(optionalMoney(f, "subsidy"));
        Set<Disclosure> disclosures = disclosures(f);
        return model("price", price,
                () -> new Sale(price, buyer, channel, remote, policy, warranty, subsidy, disclosures));
    }
}
