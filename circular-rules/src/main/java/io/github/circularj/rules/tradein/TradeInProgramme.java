package io.github.circularj.rules.tradein;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Criterion;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.RulePackHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule pack of the 2025 consumer-goods trade-in programme (消费品以旧换新), {@value #PACK_ID}: every subsidy
 * claim checked against the programme's rules, and each appliance trade-in's old item followed to the formal
 * channel.
 *
 * <p>The programme was announced by the Ministry of Commerce and other departments on 2025-01-15 and is in force
 * nationwide from 2025-01-20 under 发改环资〔2025〕13号, with two instruments: the digital-product purchase subsidy
 * (手机、平板、智能手表（手环）购新补贴实施方案) and the appliance trade-in (关于做好2025年家电以旧换新工作的通知);
 * provinces set the details. Article numbers of these documents are not verified, and the citations say so.
 *
 * <p><b>Basis.</b> The caps, rates and per-person limits are the notices' own published numbers. The notices are
 * ministries' normative documents (规范性文件), not laws or regulations, so they are not {@link Basis#STATUTE};
 * they are not this library's proposal either. They are cited as {@link Basis#POLICY_TARGET}, a government
 * document's published number, and no rule of the pack is mandatory (only a statute or a mandatory standard
 * makes a rule mandatory in this library). This library's defaults ({@link Basis#LIBRARY_DEFAULT}, overridable,
 * and reports say so): the provincial product list (ELIGIBLE's {@code listed-*} parameters, the national 15
 * categories unless overridden), OLD-ITEM-TRACE's window of 90 days and its target of 90 %, RECORD-INTEGRITY's
 * threshold of 99 %, and the criterion weights.
 *
 * <p><b>Rules</b> ({@link TradeInRule}, in this order): "Subsidy amounts" (weight 40): PRICE-CAP, RATE, ITEM-CAP;
 * "Eligibility" (weight 40): PER-PERSON, ELIGIBLE, RECORD-INTEGRITY; "Circular link" (weight 20): OLD-ITEM-TRACE.
 * Every rule but RECORD-INTEGRITY is judged per claim by the term of its sale's day; the 2025 term covers sales
 * from 2025-01-20 to 2025-12-31. RECORD-INTEGRITY counts the claims the retailers' ledgers refused or could not
 * read against the claims read.
 *
 * <p><b>Subjects.</b> A retailer ({@link RetailerSubject}, from its ledger) or a programme region
 * ({@link ProgrammeRegion}, all its retailers combined); the programme's limits are per person nationwide, so
 * only a region's PER-PERSON sees a person's claims at several retailers.
 *
 * <p>Every threshold can be changed with {@link RulePack#withTarget(RuleId, io.github.circularj.rules.Target)}
 * and every other number with {@link RulePack#withParameter(RuleId, String, double)}, e.g. a per-item cap of
 * RMB 300: {@code pack().withParameter(ITEM_CAP, "digital-item-cap", 300)}. Nothing here is legal advice.
 *
 * <p>This class is immutable and thread-safe, and so are the packs it returns.
 */
public final class TradeInProgramme {

    /** The pack's id. */
    public static final String PACK_ID = "cn-trade-in-2025";
    /** The pack's short name, as a command line names it: {@code --pack trade-in}. */
    public static final String NAME = "trade-in";
    /** The current version of the pack. */
    public static final String VERSION = "2026.12";
    /** The day the programme is in force nationwide, from which the pack is effective. */
    public static final LocalDate IN_FORCE = LocalDate.of(2025, 1, 20);
    /** The 2025 programme's term: the sales from 2025-01-20 to 2025-12-31, a person's programme year. */
    public static final EffectivePeriod PROGRAMME_2025 = EffectivePeriod.of(IN_FORCE, LocalDate.of(2026, 1, 1));
    /** The zone in which a sale's instant falls on a day: Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Criterion of PRICE-CAP, RATE and ITEM-CAP. */
    public static final String AMOUNTS = "Subsidy amounts";
    /** Criterion of PER-PERSON and ELIGIBLE. */
    public static final String ELIGIBILITY = "Eligibility";
    /** Criterion of OLD-ITEM-TRACE. */
    public static final String CIRCULAR_LINK = "Circular link";

    /** Digital products: unit price at most RMB 6,000. */
    public static final RuleId PRICE_CAP = TradeInRule.PRICE_CAP.id();
    /** Claimed amount at most 15 % of the final price (20 % for a grade-1 appliance). */
    public static final RuleId RATE = TradeInRule.RATE.id();
    /** At most RMB 500 per digital item, RMB 2,000 per appliance. */
    public static final RuleId ITEM_CAP = TradeInRule.ITEM_CAP.id();
    /** One item per category per person (air conditioners: 3). */
    public static final RuleId PER_PERSON = TradeInRule.PER_PERSON.id();
    /** Category on the product list; appliances of grade 2 or better. */
    public static final RuleId ELIGIBLE = TradeInRule.ELIGIBLE.id();
    /** The old appliance traced to resale or a licensed processor. */
    public static final RuleId OLD_ITEM_TRACE = TradeInRule.OLD_ITEM_TRACE.id();
    /** RECORD-INTEGRITY: claims refused by the ledger or unreadable lower the score instead of vanishing. */
    public static final RuleId RECORD_INTEGRITY = TradeInRule.RECORD_INTEGRITY.id();

    static final String MOFCOM_ET_AL = "Ministry of Commerce and other departments";
    static final String PROGRAMME_NOTICE = "发改环资〔2025〕13号";
    static final String DIGITAL_PLAN = "手机、平板、智能手表（手环）购新补贴实施方案";
    static final String APPLIANCE_NOTICE = "关于做好2025年家电以旧换新工作的通知";

    private static final Map<String, Double> CRITERION_WEIGHTS = Map.of(AMOUNTS, 40.0, ELIGIBILITY, 40.0,
            CIRCULAR_LINK, 20.0);
    private static final RulePackHistory<TradeInSubject, TradeInClaim> PACKS = RulePackHistory.of(List.of(build()));

    private TradeInProgramme() {
    }

    /**
     * Returns the current version of the pack.
     *
     * @return the pack, the latest of {@link #packs()}
     */
    public static RulePack<TradeInSubject, TradeInClaim> pack() {
        List<RulePack<TradeInSubject, TradeInClaim>> versions = PACKS.versions();
        return versions.get(versions.size() - 1);
    }

    /**
     * Returns every version of the pack: so far {@value #VERSION}, effective from 2025-01-20. A later programme
     * year is a further term of each rule, each claim judged by the term of its day.
     *
     * @return the history
     */
    public static RulePackHistory<TradeInSubject, TradeInClaim> packs() {
        return PACKS;
    }

    /**
     * Finds the pack by a name a user types: its short name {@value #NAME} or its id {@value #PACK_ID}.
     *
     * @param name the name, not null
     * @return the pack, or empty if the name is neither
     */
    public static Optional<RulePack<TradeInSubject, TradeInClaim>> packNamed(String name) {
        return NAME.equals(name) || PACK_ID.equals(name) ? Optional.of(pack()) : Optional.empty();
    }

    private static RulePack<TradeInSubject, TradeInClaim> build() {
        RulePack.Builder<TradeInSubject, TradeInClaim> pack = RulePack.<TradeInSubject, TradeInClaim>builder(PACK_ID, VERSION)
                .effective(EffectivePeriod.from(IN_FORCE));
        Map<String, List<Rule<TradeInSubject, TradeInClaim>>> byCriterion = new LinkedHashMap<>();
        for (TradeInRule r : TradeInRule.values()) {
            byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r.rule());
        }
        byCriterion.forEach((name, rules) -> pack.criterion(Criterion.of(name, CRITERION_WEIGHTS.get(name), rules)));
        return pack.build();
    }

    // ---- citations of the declarations ----

    static Citation digitalPlan(String what) {
        return Citation.of(new Citation.Source(DIGITAL_PLAN, what + " (article not verified)", "", Optional.of(IN_FORCE),
                Basis.POLICY_TARGET), programme());
    }

    static Citation applianceNotice(String what) {
        return Citation.of(new Citation.Source(APPLIANCE_NOTICE, what + " (article not verified)", "", Optional.of(IN_FORCE),
                Basis.POLICY_TARGET), programme());
    }

    static Citation.Source programme() {
        return new Citation.Source(PROGRAMME_NOTICE, "the 2025 programme, announced 2025-01-15 (article not verified)",
                MOFCOM_ET_AL, Optional.of(IN_FORCE), Basis.POLICY_TARGET);
    }

    static Citation.Source pilotWorkPlan() {
        return new Citation.Source("二手商品流通试点工作方案", "trade-in linked to resale (work line 创新方式)",
                "General offices of MOFCOM, NDRC, the Ministry of Public Security, the Ministry of Natural Resources and SAMR",
                Optional.of(LocalDate.of(2024, 12, 11)), Basis.LIBRARY_DEFAULT);
    }

    static Citation libraryDefault(String why) {
        return Citation.of(new Citation.Source("Circular library default", why, "", Optional.empty(), Basis.LIBRARY_DEFAULT));
    }
}
