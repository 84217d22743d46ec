package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Measure;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.RulePackHistory;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in rule packs of China's secondhand goods circulation pilot (二手商品流通试点): the enterprise
 * pack ({@link #enterprisePack()}, with its versions in {@link #enterprisePacks()}) and the city pack
 * ({@link #cityPack()}).
 *
 * <p>Every rule, duty, threshold and basis comes from the project's policy reference ("Enterprise
 * obligations" and "City indicators"). Each rule's {@link Citation} gives the document's title as the
 * reference writes it (in Chinese), the article, the issuing body where known and the {@link Basis}. Where
 * the reference cites several documents for one rule, the citation's title is the first document and its
 * article text continues with the others exactly as the reference writes them, so that
 * {@code title + " " + article} reads like the reference's source column. Where the reference gives
 * "STATUTE (n is LIBRARY_DEFAULT)", the rule cites the statute and its term cites the same statute with
 * basis {@link Basis#LIBRARY_DEFAULT}, so findings say that the number is this library's default.
 *
 * <p><b>Enterprise pack</b> (pack id {@value #ENTERPRISE_PACK_ID}, version {@value #ENTERPRISE_VERSION},
 * effective from the pilot notice of 2024-12-11). Its criteria and their weights are library defaults,
 * chosen to weigh the pilot's third work line (standardise market order) most and overridable with
 * {@link RulePack#withWeight(String, double)}:
 * <table>
 *   <caption>Criteria of the enterprise pack</caption>
 *   <tr><th>criterion</th><th>weight</th><th>rules (each weight 1)</th></tr>
 *   <tr><td>{@value #TRACEABILITY}</td><td>25</td><td>SRC-REGISTRATION, SRC-PROVENANCE, SRC-RETENTION,
 *       SRC-PROHIBITED, SRC-POLICE-REPORT</td></tr>
 *   <tr><td>{@value #DATA_SECURITY}</td><td>20</td><td>DATA-ERASURE, DATA-ERASURE-METHOD</td></tr>
 *   <tr><td>{@value #DISCLOSURE_AND_QUALITY}</td><td>20</td><td>DISC-SECONDHAND-LABEL, DISC-CONDITION,
 *       DISC-REPAIR-HISTORY, DISC-VEHICLE-HISTORY</td></tr>
 *   <tr><td>{@value #CONSUMER_PROTECTION}</td><td>15</td><td>RETURN-7DAY, REFUND-7DAY, WARRANTY-REFURB,
 *       CAR-TRANSFER-30D</td></tr>
 *   <tr><td>{@value #END_OF_LIFE}</td><td>15</td><td>WEEE-HANDOVER, ELV-HANDOVER</td></tr>
 *   <tr><td>{@value #CIRCULARITY}</td><td>5</td><td>REUSE-RATE</td></tr>
 * </table>
 * All rules score on the step curve. Mandatory: SRC-REGISTRATION, SRC-PROHIBITED, DISC-SECONDHAND-LABEL,
 * WEEE-HANDOVER, ELV-HANDOVER, and DATA-ERASURE from 2027-01-01; a failed mandatory rule caps the band at
 * NON_COMPLIANT. Record-level scope (categories) is part of each measure; enterprise-level applicability
 * (roles) is the rule's: SRC-REGISTRATION and REUSE-RATE apply to enterprises that buy in; a rule with
 * nothing in scope is NOT_APPLICABLE, never MET. The judgement of each rule over one lifecycle is in
 * package-private helpers (one per rule), shared with the tests. Events count when they fall on a day of
 * the ledger's reporting period in {@link EnterpriseSubject#ZONE}.
 *
 * <p><b>City pack</b> (pack id {@value #CITY_PACK_ID}): see {@link #cityPack()}.
 *
 * <p>Every threshold can be changed with {@link RulePack#withTarget(RuleId, Target)}; the finding then
 * names the source's target it replaced. Nothing here is legal advice.
 *
 * <p>This class is immutable and thread-safe, and so are the packs and rules it returns: their
 * measures, applicability predicates and describers keep no state, so one pack may be shared by any
 * number of threads scoring at once, without synchronisation.
 */
public final class SecondhandPilot {

    /** The enterprise pack's id. */
    public static final String ENTERPRISE_PACK_ID = "cn-secondhand-pilot-enterprise";
    /** The city pack's id. */
    public static final String CITY_PACK_ID = "cn-secondhand-pilot-city";
    /** The current version of both packs. */
    public static final String ENTERPRISE_VERSION = "2024.12";
    /** The date of the notice organising the pilot, from which the packs are effective. */
    public static final LocalDate PILOT_NOTICE = LocalDate.of(2024, 12, 11);
    /** The day the mandatory erasure standard comes into force. */
    public static final LocalDate ERASURE_STANDARD_IN_FORCE = LocalDate.of(2027, 1, 1);

    /** Criterion of the SRC-* rules. */
    public static final String TRACEABILITY = "Traceability";
    /** Criterion of the DATA-* rules. */
    public static final String DATA_SECURITY = "Data security";
    /** Criterion of the DISC-* rules. */
    public static final String DISCLOSURE_AND_QUALITY = "Disclosure and quality";
    /** Criterion of RETURN-7DAY, REFUND-7DAY, WARRANTY-REFURB and CAR-TRANSFER-30D. */
    public static final String CONSUMER_PROTECTION = "Consumer protection";
    /** Criterion of WEEE-HANDOVER and ELV-HANDOVER. */
    public static final String END_OF_LIFE = "End of life";
    /** Criterion of REUSE-RATE. */
    public static final String CIRCULARITY = "Circularity";

    /** Verify and record the seller's identity when buying in. */
    public static final RuleId SRC_REGISTRATION = RuleId.of("SRC-REGISTRATION");
    /** Keep a per-item record: origin and identifiers. */
    public static final RuleId SRC_PROVENANCE = RuleId.of("SRC-PROVENANCE");
    /** Keep registration and transaction records long enough. */
    public static final RuleId SRC_RETENTION = RuleId.of("SRC-RETENTION");
    /** Never buy or sell stolen, seized or banned goods. */
    public static final RuleId SRC_PROHIBITED = RuleId.of("SRC-PROHIBITED");
    /** Report suspected stolen goods to the police at once. */
    public static final RuleId SRC_POLICE_REPORT = RuleId.of("SRC-POLICE-REPORT");
    /** Erase user data before resale or export. */
    public static final RuleId DATA_ERASURE = RuleId.of("DATA-ERASURE");
    /** Erase by a method the standard accepts, and verify it. */
    public static final RuleId DATA_ERASURE_METHOD = RuleId.of("DATA-ERASURE-METHOD");
    /** Label goods as secondhand or refurbished. */
    public static final RuleId DISC_SECONDHAND_LABEL = RuleId.of("DISC-SECONDHAND-LABEL");
    /** Disclose the condition with a grade. */
    public static final RuleId DISC_CONDITION = RuleId.of("DISC-CONDITION");
    /** Disclose the repair history of refurbished goods. */
    public static final RuleId DISC_REPAIR_HISTORY = RuleId.of("DISC-REPAIR-HISTORY");
    /** Disclose a used car's history. */
    public static final RuleId DISC_VEHICLE_HISTORY = RuleId.of("DISC-VEHICLE-HISTORY");
    /** Offer the 7-day no-reason return on remote sales. */
    public static final RuleId RETURN_7DAY = RuleId.of("RETURN-7DAY");
    /** Refund within 7 days of receiving returned goods. */
    public static final RuleId REFUND_7DAY = RuleId.of("REFUND-7DAY");
    /** Give refurbished goods a warranty. */
    public static final RuleId WARRANTY_REFURB = RuleId.of("WARRANTY-REFURB");
    /** Register a used car's ownership transfer within 30 days. */
    public static final RuleId CAR_TRANSFER_30D = RuleId.of("CAR-TRANSFER-30D");
    /** Hand waste electronics to a licensed processor. */
    public static final RuleId WEEE_HANDOVER = RuleId.of("WEEE-HANDOVER");
    /** Hand end-of-life vehicles to a qualified dismantler. */
    public static final RuleId ELV_HANDOVER = RuleId.of("ELV-HANDOVER");
    /** Keep goods in use: resell what is collected. */
    public static final RuleId REUSE_RATE = RuleId.of("REUSE-RATE");

    /** The enterprises' volume-weighted mean score (the first measure of the reference's CITY-ENTERPRISE-COMPLIANCE). */
    public static final RuleId CITY_ENTERPRISE_COMPLIANCE = RuleId.of("CITY-ENTERPRISE-COMPLIANCE");
    /** The share of enterprises COMPLIANT or better (the second measure of the reference's CITY-ENTERPRISE-COMPLIANCE). */
    public static final RuleId CITY_ENTERPRISE_COMPLIANT_SHARE = RuleId.of("CITY-ENTERPRISE-COMPLIANT-SHARE");
    /** Year-on-year growth of secondhand transaction value. */
    public static final RuleId CITY_MARKET_GROWTH = RuleId.of("CITY-MARKET-GROWTH");
    /** Waste-appliance recovery volume against 2023. */
    public static final RuleId CITY_APPLIANCE_RECOVERY = RuleId.of("CITY-APPLIANCE-RECOVERY");
    /** Used-car transactions against 2023. */
    public static final RuleId CITY_USED_CAR_GROWTH = RuleId.of("CITY-USED-CAR-GROWTH");
    /** Recycling points per 10,000 households against the city's own target. */
    public static final RuleId CITY_COLLECTION_NETWORK = RuleId.of("CITY-COLLECTION-NETWORK");
    /** Secondhand markets operating to GB/T 33492-2024. */
    public static final RuleId CITY_STANDARD_MARKETS = RuleId.of("CITY-STANDARD-MARKETS");
    /** The share of electronics recyclers whose erasure meets the standard. */
    public static final RuleId CITY_ERASURE_CAPACITY = RuleId.of("CITY-ERASURE-CAPACITY");

    // Issuing bodies, where known.
    static final String NPC_STANDING_COMMITTEE = "Standing Committee of the National People's Congress";
    static final String STATE_COUNCIL = "State Council";
    static final String PUBLIC_SECURITY = "Ministry of Public Security";
    static final String STANDARDS_BODIES = "State Administration for Market Regulation; Standardization Administration of China";
    static final String PILOT_ISSUERS = "General offices of MOFCOM, NDRC, the Ministry of Public Security, "
            + "the Ministry of Natural Resources and SAMR";
    static final String MOFCOM = "Ministry of Commerce";
    static final String MOFCOM_ET_AL = "Ministry of Commerce and other departments";

    // Documents the rules cite (policy reference, source column).
    static final String ERASURE_STANDARD_TITLE = "数据安全技术 电子产品信息清除技术要求";
    static final String PILOT_WORK_PLAN = "二手商品流通试点工作方案";

    /** The events that end an item's use, which WEEE-HANDOVER and ELV-HANDOVER are about (declared before the packs are built). */
    private static final EventTypes ENDS_OF_USE =
            about(EventType.HANDED_OVER, EventType.DISMANTLED, EventType.RECYCLED, EventType.DISPOSED);

    private static final RulePackHistory<EnterpriseSubject, Lifecycle> ENTERPRISE_PACKS =
            RulePackHistory.of(List.of(enterprise2024()));
    private static final RulePack<CitySubject, EnterpriseResult> CITY_PACK = CityRules.pack();

    private SecondhandPilot() {
    }

    /**
     * Returns the current version of the enterprise pack.
     *
     * @return the pack, the latest of {@link #enterprisePacks()}
     */
    public static RulePack<EnterpriseSubject, Lifecycle> enterprisePack() {
        List<RulePack<EnterpriseSubject, Lifecycle>> versions = ENTERPRISE_PACKS.versions();
        return versions.get(versions.size() - 1);
    }

    /**
     * Returns every version of the enterprise pack. Version {@value #ENTERPRISE_VERSION} is effective from
     * the pilot notice of 2024-12-11; the erasure standard's coming into force on 2027-01-01 is a change of
     * DATA-ERASURE's term within that version, not a new version.
     *
     * @return the history, ordered by effective date
     */
    public static RulePackHistory<EnterpriseSubject, Lifecycle> enterprisePacks() {
        return ENTERPRISE_PACKS;
    }

    /**
     * Returns the city pack: the reference's city indicators, scored from a {@link CitySubject}'s
     * enterprise results and its {@link CityStatistics}.
     *
     * <p>Criteria (weights are library defaults): "Enterprise compliance" (weight 40:
     * CITY-ENTERPRISE-COMPLIANCE, a volume-weighted mean score of at least 75, and
     * CITY-ENTERPRISE-COMPLIANT-SHARE, at least 80 % of enterprises COMPLIANT or better; the reference's
     * one rule with two measures, modelled as two rules), "Market development" (weight 30:
     * CITY-MARKET-GROWTH, CITY-APPLIANCE-RECOVERY, CITY-USED-CAR-GROWTH) and "Infrastructure and standards"
     * (weight 30: CITY-COLLECTION-NETWORK, CITY-STANDARD-MARKETS, CITY-ERASURE-CAPACITY).
     *
     * <p>Statistics by year are read for the as-of date's year. A statistic a rule needs that is not
     * supplied gives INSUFFICIENT_EVIDENCE, never a silent 0 or 100. Targets with a deadline are yearly
     * terms pro-rated linearly from the 2023 baseline (appliance recovery +7.5 % in 2024, +15 % in 2025,
     * +22.5 % in 2026, +30 % from 2027; used cars +11.25 %, +22.5 %, +33.75 %, +45 %), and each pro-rated
     * term's citation says so. Growth is measured in percent ({@link Unit#PERCENT}), so a target of
     * "at least 22.5" means +22.5 %. CITY-COLLECTION-NETWORK's target is user-set: the city's own target of
     * recycling points per 10,000 households is supplied with the statistics
     * ({@link CityStatistics.Builder#collectionNetworkTarget(double)}); the rule measures the share of that
     * target reached (at most 100 %) against a library-default 100 %, and is NOT_APPLICABLE until a target
     * is supplied. CITY-ERASURE-CAPACITY is in force from 2027-01-01.
     *
     * @return the pack
     */
    public static RulePack<CitySubject, EnterpriseResult> cityPack() {
        return CITY_PACK;
    }

    /**
     * Returns SRC-POLICE-REPORT with another reporting window than the library's default of 24 hours,
     * for use with {@link RulePack#withRule(Rule)}.
     *
     * @param within the longest time from flag to police report, positive
     * @return the rule
     * @throws IllegalArgumentException if the window is zero or negative
     */
    public static Rule<EnterpriseSubject, Lifecycle> policeReport(Duration within) {
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("police-report window \"" + within
                    + "\" is not positive; suspected stolen goods are reported within a positive time");
        }
        Citation statute = cite("废旧金属收购业治安管理办法", "Art. 9–10; 报废机动车回收管理办法 Art. 10",
                PUBLIC_SECURITY, Basis.STATUTE);
        String hours = within.toMinutes() % 60 == 0 ? within.toHours() + " h" : within.toMinutes() + " min";
        return Rule.<EnterpriseSubject, Lifecycle>builder(SRC_POLICE_REPORT,
                        "Suspected stolen goods reported to the police within " + hours)
                .citation(statute)
                .measure(tally(about(EventType.FLAGGED), s -> l -> Judgements.policeReport(l, s.window(), within)))
                .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), false)
                        .citedTo(statute.withBasis(Basis.LIBRARY_DEFAULT)))
                .describedAs(items("items flagged as suspected stolen", "were not reported to the police within " + hours))
                .build();
    }

    private static RulePack<EnterpriseSubject, Lifecycle> enterprise2024() {
        return RulePack.<EnterpriseSubject, Lifecycle>builder(ENTERPRISE_PACK_ID, ENTERPRISE_VERSION)
                .effective(EffectivePeriod.from(PILOT_NOTICE))
                .criterion(TRACEABILITY, 25, registration(), provenance(), retention(), prohibited(),
                        policeReport(Judgements.POLICE_REPORT_WINDOW))
                .criterion(DATA_SECURITY, 20, erasure(), erasureMethod())
                .criterion(DISCLOSURE_AND_QUALITY, 20, secondhandLabel(), condition(), repairHistory(), vehicleHistory())
                .criterion(CONSUMER_PROTECTION, 15, sevenDayReturn(), sevenDayRefund(), refurbishedWarranty(), carTransfer())
                .criterion(END_OF_LIFE, 15, weeeHandover(), elvHandover())
                .criterion(CIRCULARITY, 5, reuse())
                .build();
    }

    // ---- the enterprise rules, one table-like block each ----

    static Rule<EnterpriseSubject, Lifecycle> registration() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(SRC_REGISTRATION, "Seller identity verified and recorded at intake")
                .citation(cite("废旧金属收购业治安管理办法", "Art. 7 (analogue); 电子商务法 Art. 27 (platform sellers)",
                        PUBLIC_SECURITY, Basis.STATUTE))
                .appliesTo("operators that buy in (recyclers, dealers, consignment, trade-in)", s -> s.enterprise().buysIn())
                .measure(tally(about(EventType.COLLECTED), s -> l -> Judgements.registration(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .mandatory(true)
                .describedAs(items("intakes", "had no verified seller or no source record"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> provenance() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(SRC_PROVENANCE, "Per-item record of origin and identifiers")
                .citation(cite("报废机动车回收管理办法", "Art. 10, 13 (vehicles)", STATE_COUNCIL, Basis.LIBRARY_DEFAULT))
                .appliesTo("dealers in electronics, appliances and vehicles (by what they sell)", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.provenance(l, s.window())))
                .target(Target.atLeast(0.99, Unit.SHARE))
                .describedAs(items("electronics, appliances and vehicles sold", "had no intake record or no identifier"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> retention() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(SRC_RETENTION, "Records kept for the required years")
                .citation(cite("电子商务法", "Art. 31 (3 y); 废弃电器电子产品回收处理管理条例 Art. 17 (3 y); 拍卖法 Art. 54 (5 y)",
                        NPC_STANDING_COMMITTEE, Basis.STATUTE))
                .measure(Indicators.profile("the declared record-retention period",
                        s -> Judgements.retentionShortfall(s.enterprise(), s.profile()), Unit.YEARS))
                .target(Target.atMost(0, Unit.YEARS))
                .describedAs(m -> m.value().orElseThrow() == 0.0
                        ? "the declared record-retention period meets the required period (3 years; 5 for auctioneers)"
                        : "the declared record-retention period falls short of the required period"
                                + " (3 years; 5 for auctioneers) by " + Unit.YEARS.format(m.value().orElseThrow()))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> prohibited() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(SRC_PROHIBITED, "No trade in stolen, seized or banned goods")
                .citation(cite("废旧金属收购业治安管理办法", "Art. 8; 拍卖法 Art. 7", PUBLIC_SECURITY, Basis.STATUTE))
                .measure((s, c) -> TallyIndicator.offendingItems(about(EventType.COLLECTED, EventType.SOLD),
                        l -> Judgements.prohibitedTrade(l, s.window()), c.evidenceLimit()))
                .target(Target.zeroTolerance(Unit.COUNT))
                .mandatory(true)
                .describedAs(withIds(m -> {
                    long n = (long) m.value().orElseThrow();
                    return n + (n == 1 ? " item bought in or sold carries" : " items bought in or sold carry")
                            + " an uncleared stolen, seized or prohibited flag";
                }, "item", "items"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> erasure() {
        Citation standard = cite(ERASURE_STANDARD_TITLE, "", STANDARDS_BODIES, Basis.STANDARD)
                .inForceFrom(ERASURE_STANDARD_IN_FORCE);
        return Rule.<EnterpriseSubject, Lifecycle>builder(DATA_ERASURE, "User data erased before resale or export")
                .citation(standard)
                .measure(tally(about(EventType.SOLD, EventType.EXPORTED), s -> l -> Judgements.erasure(l, s.window())))
                .term(Term.of(EffectivePeriod.until(ERASURE_STANDARD_IN_FORCE), Target.atLeast(0.95, Unit.SHARE), false))
                .term(Term.of(EffectivePeriod.from(ERASURE_STANDARD_IN_FORCE), Target.atLeast(1.0, Unit.SHARE), true))
                .describedAs(items("devices holding personal data sold or exported", "had no data-erasure record before sale"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> erasureMethod() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(DATA_ERASURE_METHOD, "Erasure by a method the standard accepts, verified")
                .citation(cite(ERASURE_STANDARD_TITLE, "", STANDARDS_BODIES, Basis.STANDARD).inForceFrom(ERASURE_STANDARD_IN_FORCE))
                .measure(tally(about(EventType.SOLD, EventType.EXPORTED), s -> l -> Judgements.erasureMethod(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("erased devices sold or exported", "had no verified block erase or sufficient overwrite"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> secondhandLabel() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(DISC_SECONDHAND_LABEL, "Goods labelled as secondhand or refurbished")
                .citation(cite("循环经济促进法", "Art. 39, 40, 56 (fine RMB 5,000–50,000); 废弃电器电子产品回收处理管理条例 Art. 12",
                        NPC_STANDING_COMMITTEE, Basis.STATUTE))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.secondhandLabel(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .mandatory(true)
                .describedAs(items("sales", "did not disclose the secondhand or refurbished status"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> condition() {
        Citation statute = cite("消费者权益保护法", "Art. 20, 23; 电子商务法 Art. 17; grading standards GB/T 45656-2025 "
                + "(used electronics), T/TAF 173-2023 (phones), GB/T 30323 (used cars)", NPC_STANDING_COMMITTEE, Basis.STATUTE);
        return Rule.<EnterpriseSubject, Lifecycle>builder(DISC_CONDITION, "Condition graded before listing")
                .citation(statute)
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.condition(l, s.window())))
                .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.95, Unit.SHARE), false)
                        .citedTo(statute.withBasis(Basis.LIBRARY_DEFAULT)))
                .describedAs(items("sales of gradable goods", "had no inspection grade before listing"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> repairHistory() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(DISC_REPAIR_HISTORY, "Repair history of refurbished goods disclosed")
                .citation(cite("循环经济促进法", "Art. 39", NPC_STANDING_COMMITTEE, Basis.LIBRARY_DEFAULT))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.repairHistory(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("sales of refurbished goods", "did not disclose the repair history"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> vehicleHistory() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(DISC_VEHICLE_HISTORY, "Used-car history disclosed")
                .citation(cite("二手车流通管理办法", "Art. 14", "", Basis.STATUTE))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.vehicleHistory(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("vehicle sales", "had no vehicle-history disclosure"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> sevenDayReturn() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(RETURN_7DAY, "7-day no-reason return on remote sales")
                .citation(cite("消费者权益保护法", "Art. 25", NPC_STANDING_COMMITTEE, Basis.STATUTE))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.sevenDayReturn(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("remote sales", "offered no 7-day no-reason return and recorded no buyer-confirmed exception"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> sevenDayRefund() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(REFUND_7DAY, "Refund within 7 days of receiving the return")
                .citation(cite("消费者权益保护法", "Art. 25", NPC_STANDING_COMMITTEE, Basis.STATUTE))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.RETURNED), s -> l -> Judgements.sevenDayRefund(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("returns received", "were not refunded within 7 days"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> refurbishedWarranty() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(WARRANTY_REFURB, "Refurbished goods sold with a warranty of 3 months or more")
                .citation(cite("二手车交易规范", "used cars ≤ 3 years / 60,000 km: ≥ 3 months or 5,000 km (unverified)", "",
                        Basis.LIBRARY_DEFAULT))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.refurbishedWarranty(l, s.window())))
                .target(Target.atLeast(0.9, Unit.SHARE))
                .describedAs(items("sales of refurbished goods", "carried no warranty of 3 months or more"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> carTransfer() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(CAR_TRANSFER_30D, "Used-car ownership transfer within 30 days")
                .citation(cite("机动车登记规定", "Art. 25", PUBLIC_SECURITY, Basis.STATUTE))
                .appliesTo("all sellers", s -> true)
                .measure(tally(about(EventType.SOLD), s -> l -> Judgements.carTransfer(l, s.window())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(items("vehicle sales", "had no ownership transfer registered within 30 days"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> weeeHandover() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(WEEE_HANDOVER, "Waste electronics to a licensed processor")
                .citation(cite("废弃电器电子产品回收处理管理条例", "Art. 2, 6, 11, 28 (fine RMB 50,000–500,000)",
                        STATE_COUNCIL, Basis.STATUTE))
                .measure(tally(ENDS_OF_USE, s -> l -> Judgements.weeeHandover(l, s.window(), s.enterprise())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .mandatory(true)
                .describedAs(items("waste electrical and electronic items at end of life",
                        "did not go to a licensed WEEE processor or were disposed of"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> elvHandover() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(ELV_HANDOVER, "End-of-life vehicles to a qualified dismantler")
                .citation(cite("报废机动车回收管理办法", "Art. 5, 11, 12", STATE_COUNCIL, Basis.STATUTE))
                .measure(tally(ENDS_OF_USE, s -> l -> Judgements.elvHandover(l, s.window(), s.enterprise())))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .mandatory(true)
                .describedAs(items("end-of-life vehicles", "did not go to a qualified dismantler or were disposed of"))
                .build();
    }

    static Rule<EnterpriseSubject, Lifecycle> reuse() {
        return Rule.<EnterpriseSubject, Lifecycle>builder(REUSE_RATE, "Collected goods resold")
                .citation(cite(PILOT_WORK_PLAN, "", PILOT_ISSUERS, Basis.LIBRARY_DEFAULT).inForceFrom(PILOT_NOTICE))
                .appliesTo("operators that buy in", s -> s.enterprise().buysIn())
                .measure(tally(about(EventType.COLLECTED), s -> l -> Judgements.reuse(l, s.window())))
                .target(Target.atLeast(0.6, Unit.SHARE))
                .describedAs(items("items collected", "were not resold in the period"))
                .build();
    }

    // ---- helpers ----

    static Citation cite(String title, String article, String issuer, Basis basis) {
        return new Citation(title, article, issuer, Optional.empty(), basis);
    }

    /**
     * A share measured by a judgement of each item whose history holds an event of one of the types
     * {@code about}; an item without one is in no rule's scope, so it is passed over unjudged (see
     * {@link TallyIndicator}). {@code judge} gives the subject's judgement of an item, so that the engine
     * calls the judgement of each item directly, not through a second function.
     */
    private static Measure<EnterpriseSubject, Lifecycle> tally(EventTypes about,
            Function<EnterpriseSubject, Function<Lifecycle, Tally>> judge) {
        return (subject, context) -> TallyIndicator.share(about, judge.apply(subject), context.evidenceLimit());
    }

    /** The event types a rule is about: an item whose history holds none of them is not in its scope. */
    static EventTypes about(EventType first, EventType... more) {
        return EventTypes.of(first, more);
    }

    /** A share phrased by its offending records, followed by the offending items. */
    static Describer items(String population, String offence) {
        return withIds(Describer.share(population, offence), "item", "items");
    }

    /**
     * Appends the offending ids to a phrase: "… (item P2)", "… (items P2, P3)", or when the evidence was cut
     * at the engine's limit "… (items P01, …, P20; 20 of 31 listed)".
     */
    static Describer withIds(Describer phrase, String singular, String plural) {
        return m -> {
            Evidence e = m.evidence();
            if (e.ids().isEmpty()) {
                return phrase.describe(m);
            }
            return phrase.describe(m) + " (" + (e.count() == 1 ? singular : plural) + " " + String.join(", ", e.ids())
                    + (e.isTruncated() ? "; " + e.ids().size() + " of " + e.count() + " listed" : "") + ")";
        };
    }
}
