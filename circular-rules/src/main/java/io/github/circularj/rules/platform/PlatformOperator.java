package io.github.circularj.rules.platform;

import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
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
 * The pack {@value #PACK_ID}: a secondhand platform operator's duties under the E-Commerce Law (电子商务法, in force
 * 2019-01-01), scored from its own records ({@link PlatformSubject}).
 *
 * <table>
 * <caption>The rules by criterion (weights: this library's defaults)</caption>
 * <tr><th>criterion (weight)</th><th>rules</th></tr>
 * <tr><td>Sellers (40)</td><td>PLAT-SELLER-VERIFIED (Art. 27, mandatory), PLAT-SELLER-RECHECK (Art. 27, six months,
 * mandatory), PLAT-LICENCE-DISPLAY (Art. 15), PLAT-FREQUENT-SELLER (consumer law; threshold a library
 * default)</td></tr>
 * <tr><td>Listings (35)</td><td>PLAT-VIOLATION-ACTION (Art. 29; window a library default), PLAT-PROHIBITED (Art. 29,
 * zero tolerance, mandatory)</td></tr>
 * <tr><td>Records (25)</td><td>PLAT-RECORD-RETENTION (Art. 31, three years, mandatory), RECORD-INTEGRITY (library
 * default)</td></tr>
 * </table>
 *
 * <p>The criteria, their weights and the bands are this library's defaults. A platform that also buys in and
 * resells under its own name is a dealer as well: score its ledger with the enterprise pack too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformOperator {

    /** The pack's id. */
    public static final String PACK_ID = "cn-platform-operator";
    /** The pack's short name, as the command line takes it. */
    public static final String NAME = "platform";
    /** The pack's version. */
    public static final String VERSION = "2026.12";
    /** The day the E-Commerce Law is in force, from which the pack is effective. */
    public static final LocalDate IN_FORCE = LocalDate.of(2019, 1, 1);
    /** The zone that assigns the records' instants to days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Criterion of the rules about sellers. */
    public static final String SELLERS = "Sellers";
    /** Criterion of the rules about listings. */
    public static final String LISTINGS = "Listings";
    /** Criterion of the rules about records. */
    public static final String RECORDS = "Records";

    /** Active sellers verified before their first listing (Art. 27). */
    public static final RuleId SELLER_VERIFIED = PlatformRule.PLAT_SELLER_VERIFIED.id();
    /** Sellers re-checked at least every six months (Art. 27). */
    public static final RuleId SELLER_RECHECK = PlatformRule.PLAT_SELLER_RECHECK.id();
    /** Enterprise sellers display their licence information (Art. 15). */
    public static final RuleId LICENCE_DISPLAY = PlatformRule.PLAT_LICENCE_DISPLAY.id();
    /** Frequent private sellers registered as operators (consumer law). */
    public static final RuleId FREQUENT_SELLER = PlatformRule.PLAT_FREQUENT_SELLER.id();
    /** Flagged listings acted on within the window (Art. 29). */
    public static final RuleId VIOLATION_ACTION = PlatformRule.PLAT_VIOLATION_ACTION.id();
    /** No flagged listing sold (Art. 29). */
    public static final RuleId PROHIBITED = PlatformRule.PLAT_PROHIBITED.id();
    /** Transaction records kept three years (Art. 31). */
    public static final RuleId RECORD_RETENTION = PlatformRule.PLAT_RECORD_RETENTION.id();
    /** Submitted records accepted. */
    public static final RuleId RECORD_INTEGRITY = PlatformRule.RECORD_INTEGRITY.id();

    static final String NPC_STANDING_COMMITTEE = "Standing Committee of the National People's Congress";
    private static final Map<String, Double> WEIGHTS = Map.of(SELLERS, 40.0, LISTINGS, 35.0, RECORDS, 25.0);
    private static final RulePackHistory<PlatformSubject, SellerActivity> PACKS = RulePackHistory.of(List.of(build()));

    private PlatformOperator() {
    }

    /**
     * Returns the current version of the pack.
     *
     * @return the pack
     */
    public static RulePack<PlatformSubject, SellerActivity> pack() {
        List<RulePack<PlatformSubject, SellerActivity>> versions = PACKS.versions();
        return versions.get(versions.size() - 1);
    }

    /**
     * Returns every version of the pack: so far {@value #VERSION}, effective from 2019-01-01.
     *
     * @return the history
     */
    public static RulePackHistory<PlatformSubject, SellerActivity> packs() {
        return PACKS;
    }

    /**
     * Finds the pack by a name a user types: its short name {@value #NAME} or its id {@value #PACK_ID}.
     *
     * @param name the name, not null
     * @return the pack, or empty if the name is neither
     */
    public static Optional<RulePack<PlatformSubject, SellerActivity>> packNamed(String name) {
        return NAME.equals(name) || PACK_ID.equals(name) ? Optional.of(pack()) : Optional.empty();
    }

    private static RulePack<PlatformSubject, SellerActivity> build() {
        RulePack.Builder<PlatformSubject, SellerActivity> pack = RulePack.<PlatformSubject, SellerActivity>builder(PACK_ID,
                VERSION).effective(EffectivePeriod.from(IN_FORCE));
        Map<String, List<Rule<PlatformSubject, SellerActivity>>> byCriterion = new LinkedHashMap<>();
        for (PlatformRule r : PlatformRule.values()) {
            byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r.rule());
        }
        byCriterion.forEach((name, rules) -> pack.criterion(Criterion.of(name, WEIGHTS.get(name), rules)));
        return pack.build();
    }

    static Citation libraryDefault(String why) {
        return Citation.of(new Citation.Source("Circular library default", why, "", Optional.empty(), Basis.LIBRARY_DEFAULT));
    }
}
