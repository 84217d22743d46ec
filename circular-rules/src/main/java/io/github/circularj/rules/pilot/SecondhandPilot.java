package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Criterion;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.RulePackHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in rule packs of China's secondhand goods circulation pilot (二手商品流通试点): the enterprise
 * pack ({@link #enterprisePack()}, with its versions in {@link #enterprisePacks()}) and the city pack
 * ({@link #cityPack()}).
 *
 * <p>Every rule, duty, threshold and basis comes from the project's policy documentation
 * ({@code docs/policy.md}). Each rule's {@link io.github.circularj.rules.Citation} lists every document it
 * rests on as its own source: the title as the law writes it (in Chinese), the article, the issuing body
 * where known and the {@link io.github.circularj.rules.Basis}. Where a duty is statutory but its number is
 * this library's, the rule cites the statute and its term or parameter cites the same statute with basis
 * {@link io.github.circularj.rules.Basis#LIBRARY_DEFAULT}, so findings say that the number is a default.
 *
 * <p><b>Enterprise pack</b> (pack id {@value #ENTERPRISE_PACK_ID}, version {@value #ENTERPRISE_VERSION},
 * effective from the pilot notice of 2024-12-11). Where a statute names a duty for some goods or roles only,
 * the rule has a mandatory statutory term for those and a library-default term, not mandatory, for the rest
 * ({@link io.github.circularj.rules.Term#scope()}); each act is judged by the term in force on its day. Its rules are the constants of {@link EnterpriseRule},
 * each declared once, in that order and grouped by {@link EnterpriseRule#criterion()};
 * {@link RulePack#describe()} lists them with their parameters, terms and sources. The criteria and their
 * weights are library defaults, chosen to weigh the pilot's third work line (standardise market order) most
 * and overridable with {@link RulePack#withWeight(String, double)}: {@value #TRACEABILITY} 25,
 * {@value #DATA_SECURITY} 20, {@value #DISCLOSURE_AND_QUALITY} 20, {@value #CONSUMER_PROTECTION} 15,
 * {@value #END_OF_LIFE} 15, {@value #CIRCULARITY} 5; each rule weighs 1 within its criterion. All rules
 * score on the step curve; a failed mandatory rule caps the band at NON_COMPLIANT. Record-level scope
 * (categories) is part of each judgement; enterprise-level applicability (roles) is the rule's. A rule with
 * nothing in scope is NOT_APPLICABLE, never MET. Events count when they fall on a day of the ledger's
 * reporting period in {@link EnterpriseSubject#ZONE}.
 *
 * <p><b>City pack</b> (pack id {@value #CITY_PACK_ID}): see {@link #cityPack()}.
 *
 * <p>Every threshold can be changed with {@link RulePack#withTarget(RuleId, Target)} and every other number
 * with {@link RulePack#withParameter(RuleId, String, double)}; the finding then names the source's value it
 * replaced. Nothing here is legal advice.
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
    /**
     * The current version of both packs: 2026.12, the reading of the law corrected against the texts (see
     * {@link #enterprisePacks()}). Scorecards of the first reading name version 2024.12.
     */
    public static final String ENTERPRISE_VERSION = "2026.12";
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
    public static final RuleId SRC_REGISTRATION = EnterpriseRule.SRC_REGISTRATION.id();
    /** Keep a per-item record: origin and identifiers. */
    public static final RuleId SRC_PROVENANCE = EnterpriseRule.SRC_PROVENANCE.id();
    /** Keep registration and transaction records long enough. */
    public static final RuleId SRC_RETENTION = EnterpriseRule.SRC_RETENTION.id();
    /** Never buy or sell stolen, seized or banned goods. */
    public static final RuleId SRC_PROHIBITED = EnterpriseRule.SRC_PROHIBITED.id();
    /** Report suspected stolen goods to the police at once. */
    public static final RuleId SRC_POLICE_REPORT = EnterpriseRule.SRC_POLICE_REPORT.id();
    /** Keep complete and valid records: submitted events accepted. */
    public static final RuleId RECORD_INTEGRITY = EnterpriseRule.RECORD_INTEGRITY.id();
    /** Erase user data before resale or export. */
    public static final RuleId DATA_ERASURE = EnterpriseRule.DATA_ERASURE.id();
    /** Erase by a method the standard accepts, and verify it. */
    public static final RuleId DATA_ERASURE_METHOD = EnterpriseRule.DATA_ERASURE_METHOD.id();
    /** Label goods as secondhand or refurbished. */
    public static final RuleId DISC_SECONDHAND_LABEL = EnterpriseRule.DISC_SECONDHAND_LABEL.id();
    /** Disclose the condition with a grade. */
    public static final RuleId DISC_CONDITION = EnterpriseRule.DISC_CONDITION.id();
    /** Disclose the repair history of refurbished goods. */
    public static final RuleId DISC_REPAIR_HISTORY = EnterpriseRule.DISC_REPAIR_HISTORY.id();
    /** Disclose a used car's history. */
    public static final RuleId DISC_VEHICLE_HISTORY = EnterpriseRule.DISC_VEHICLE_HISTORY.id();
    /** Offer the 7-day no-reason return on remote sales. */
    public static final RuleId RETURN_7DAY = EnterpriseRule.RETURN_7DAY.id();
    /** Refund within 7 days of receiving returned goods. */
    public static final RuleId REFUND_7DAY = EnterpriseRule.REFUND_7DAY.id();
    /** Give refurbished goods a warranty. */
    public static final RuleId WARRANTY_REFURB = EnterpriseRule.WARRANTY_REFURB.id();
    /** Register a used car's ownership transfer within 30 days. */
    public static final RuleId CAR_TRANSFER_30D = EnterpriseRule.CAR_TRANSFER_30D.id();
    /** Hand waste electronics to a licensed processor. */
    public static final RuleId WEEE_HANDOVER = EnterpriseRule.WEEE_HANDOVER.id();
    /** Hand end-of-life vehicles to a qualified dismantler. */
    public static final RuleId ELV_HANDOVER = EnterpriseRule.ELV_HANDOVER.id();
    /** Keep goods in use: resell what is collected. */
    public static final RuleId REUSE_RATE = EnterpriseRule.REUSE_RATE.id();

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
    /** Scrapped-vehicle (end-of-life vehicle) recovery volume against 2023. */
    public static final RuleId CITY_ELV_RECOVERY = RuleId.of("CITY-ELV-RECOVERY");
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

    // Documents the rules cite (docs/policy.md, source column).
    static final String ERASURE_STANDARD_TITLE = "数据安全技术 电子产品信息清除技术要求";
    static final String PILOT_WORK_PLAN = "二手商品流通试点工作方案";

    /** The enterprise pack's criterion weights: library defaults (declared before the packs are built). */
    private static final Map<String, Double> CRITERION_WEIGHTS = Map.of(TRACEABILITY, 25.0, DATA_SECURITY, 20.0,
            DISCLOSURE_AND_QUALITY, 20.0, CONSUMER_PROTECTION, 15.0, END_OF_LIFE, 15.0, CIRCULARITY, 5.0);

    private static final RulePackHistory<EnterpriseSubject, Lifecycle> ENTERPRISE_PACKS =
            RulePackHistory.of(List.of(enterprisePack(ENTERPRISE_VERSION)));
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
     * the pilot notice of 2024-12-11. A change of the law on a date is a term of a rule within a version, each
     * act judged by the term in force on its day: the erasure standard's coming into force on 2027-01-01 is
     * DATA-ERASURE's and DATA-ERASURE-METHOD's second term, not a new version.
     *
     * <p>Version 2026.12 replaces 2024.12, the library's first reading, over the same days: an audit against
     * the law texts found that 2024.12 said more than the law in places (it capped a dealer who flagged, reported
     * and handed over an item; it held all goods to the registration and labelling duties that statutes name for
     * some; it judged 2026 sales by the erasure standard of 2027). A reading known to misstate the law is not
     * kept for new scoring; the project's CHANGELOG lists every rule whose result changed and why, and a
     * scorecard names the version that produced it.
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
     * CITY-MARKET-GROWTH, CITY-APPLIANCE-RECOVERY, CITY-USED-CAR-GROWTH, CITY-ELV-RECOVERY) and "Infrastructure and standards"
     * (weight 30: CITY-COLLECTION-NETWORK, CITY-STANDARD-MARKETS, CITY-ERASURE-CAPACITY).
     *
     * <p>Statistics by year are read for the as-of date's year. A statistic a rule needs that is not
     * supplied gives INSUFFICIENT_EVIDENCE, never a silent 0 or 100. Targets with a deadline are yearly
     * terms: the published targets (appliance recovery +15 % in 2025 and +30 % from 2027; used cars +45 % from
     * 2027; scrapped vehicles +50 % in 2025 and twice the 2023 volume from 2027) are POLICY_TARGET, and the years
     * between are this library's straight line from the 2023 baseline (appliance recovery +7.5 % in 2024 and
     * +22.5 % in 2026; used cars +11.25 %, +22.5 %, +33.75 %; scrapped vehicles +25 % and +75 %), each such
     * term cited as a LIBRARY_DEFAULT. CITY-MARKET-GROWTH's 12 % is a benchmark of this library, not a target;
     * the enterprise-compliance thresholds and CITY-STANDARD-MARKETS' "at least 1" are library defaults. Growth is measured in percent ({@link Unit#PERCENT}), so a target of
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

    private static RulePack<EnterpriseSubject, Lifecycle> enterprisePack(String version) {
        RulePack.Builder<EnterpriseSubject, Lifecycle> pack =
                RulePack.<EnterpriseSubject, Lifecycle>builder(ENTERPRISE_PACK_ID, version)
                        .effective(EffectivePeriod.from(PILOT_NOTICE));
        Map<String, List<Rule<EnterpriseSubject, Lifecycle>>> byCriterion = new LinkedHashMap<>();
        for (EnterpriseRule r : EnterpriseRule.values()) {
            byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r.rule());
        }
        byCriterion.forEach((name, rules) -> pack.criterion(Criterion.of(name, CRITERION_WEIGHTS.get(name), rules)));
        return pack.build();
    }
}
