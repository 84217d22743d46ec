package io.github.circularj.testkit;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.Province;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.DerivedSubject;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ReportSite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded, deterministic generator of a synthetic secondhand-goods pilot population: fictional cities,
 * fictional enterprises with profiles, per-enterprise streaming ledgers of realistic item lifecycles,
 * and city statistics, with tunable violation rates per pilot rule. <strong>Everything it produces is
 * synthetic data</strong>: {@link #isSynthetic()} says so, every city and enterprise name carries the
 * marker {@value #MARKER}, no real company name is used, and no city code belongs to a real city.
 *
 * <h2>Determinism</h2>
 * There is no randomness outside the seed. Every value is a pure function of the seed and an index
 * (city, enterprise, item) through counter-based SplitMix64 draws, never of generation order: item
 * {@code i} of enterprise {@code e} is the same lifecycle whether it is generated alone
 * ({@link #lifecycle(int, long)}), in a sequential stream or in a parallel one.
 *
 * <h2>Cities</h2>
 * City {@code k} gets a fictional name built from syllables (e.g. "Velmora (synthetic)") and the
 * prefecture-level division code {@code PP CC 00} with a real provincial prefix {@code PP} (the
 * provinces and autonomous regions, not the municipalities, SARs or Taiwan) and prefecture digits
 * {@code CC} from 81 to 89. Under GB/T 2260 the third and fourth digits of a division code are 01–20
 * and 51–70 for prefecture-level cities, 21–50 for prefectures, autonomous prefectures and leagues,
 * and 90 for the summary of county-level units administered directly by the province (e.g. 429000,
 * 469000, 659000); 71–89 and 91–99 are not assigned at prefecture level, so no real city has a code
 * generated here. At most {@value #MAX_CITIES} cities (27 provinces × 9 codes).
 *
 * <h2>Enterprises</h2>
 * Enterprise {@code k} of a city is of kind {@code k % 8}: a trade-in electronics dealer and
 * refurbisher (DEALER, TRADE_IN_OPERATOR, REFURBISHER, EXPORTER), a platform (PLATFORM, DEALER), a
 * used-car dealer (DEALER, EXPORTER), an appliance recycler (RECYCLER, TRADE_IN_OPERATOR, DEALER), a
 * licensed WEEE processor (WEEE_PROCESSOR_LICENSED, DISMANTLER), a qualified vehicle dismantler
 * (VEHICLE_DISMANTLER_QUALIFIED, DISMANTLER), an auctioneer and a consignment shop (PAWNSHOP, DEALER).
 * End-of-life WEEE is handed over to the city's first licensed processor and end-of-life vehicles to
 * its first qualified dismantler (which exist as counterparties even when the city has fewer than 6
 * enterprises); unqualified handovers go to a fictional scrap yard, a counterparty that is not in
 * {@link #enterprises()}. Credit codes start {@code 91} (registered with market regulation, an
 * enterprise), carry the city's division digits and an organisation code {@code MA…} unique in the
 * pilot, and end with the check character of GB 32100-2015. Declared retention periods are 3 to 5
 * years (5 to 7 for auctioneers) unless {@link Violation#SRC_RETENTION} plants a shorter one.
 *
 * <h2>Lifecycles</h2>
 * Every lifecycle starts with a {@code Collected} event and is valid by construction under the
 * transition table; all of its events fall inside the reporting period (zone {@link #ZONE}). Items are
 * bought in (trade-in, buy-back, consignment, recycling point) from a verified seller with a source
 * record; some are flagged as suspected stolen, reported to the police within hours and cleared; then
 * inspected (gradable categories), erased (categories that hold personal data: block erase or a
 * verified overwrite), sometimes refurbished (with a warranty), listed with disclosures and sold online
 * (7-day no-reason return) or in store; some are returned and refunded within days; vehicles are
 * re-registered within 30 days. Others reach end of life (WEEE to a licensed processor, vehicles to a
 * qualified dismantler, other goods recycled) or are exported. Processors dismantle and recycle.
 * Vehicles are never returned. Each rate knob is described in {@link Violation}.
 *
 * <h2>Scale</h2>
 * Ledgers are {@link Ledger#ofSupplier streaming}: each stream regenerates lifecycles from item
 * indices, so memory does not grow with the number of items (up to {@value #MAX_ITEMS_PER_ENTERPRISE}
 * per enterprise).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPilot {

    /** The marker carried by every synthetic city and enterprise name: {@value}. */
    public static final String MARKER = "(synthetic)";

    /** The time zone in which event instants fall inside the reporting period: Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The fewest days a reporting period may have, so that every lifecycle fits inside it: {@value}. */
    public static final int MIN_PERIOD_DAYS = 90;

    /** The most cities a pilot may have: {@value}. */
    public static final int MAX_CITIES = 27 * 9;

    /** The most enterprises a city may have: {@value}. */
    public static final int MAX_ENTERPRISES_PER_CITY = 100;

    /** The most items an enterprise's ledger may have: {@value}. */
    public static final long MAX_ITEMS_PER_ENTERPRISE = 1_000_000_000L;

    private static final List<Province> PROVINCES = List.of(Province.HEBEI, Province.SHANXI, Province.INNER_MONGOLIA,
            Province.LIAONING, Province.JILIN, Province.HEILONGJIANG, Province.JIANGSU, Province.ZHEJIANG,
            Province.ANHUI, Province.FUJIAN, Province.JIANGXI, Province.SHANDONG, Province.HENAN, Province.HUBEI,
            Province.HUNAN, Province.GUANGDONG, Province.GUANGXI, Province.HAINAN, Province.SICHUAN, Province.GUIZHOU,
            Province.YUNNAN, Province.XIZANG, Province.SHAANXI, Province.GANSU, Province.QINGHAI, Province.NINGXIA,
            Province.XINJIANG);
    private static final String[] CITY_HEADS = {"Vel", "Qor", "Zan", "Mir", "Tav", "Lun", "Ost", "Ker", "Bram", "Syl",
        "Dor", "Fen"};
    private static final String[] CITY_TAILS = {"mora", "ith", "ava", "mere", "holt", "ria", "dun", "vale", "wick", "ora"};
    private static final String[] BRAND_HEADS = {"Quen", "Mor", "Tel", "Ulm", "Pex", "Zor", "Vant", "Hal"};
    private static final String[] BRAND_TAILS = {"ado", "vik", "quin", "aro", "ani", "vex", "ell", "ura"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int ORG_SPACE = 31 * 31 * 31;
    private static final long FAMILY_CITY = 1;
    private static final long FAMILY_ENTERPRISE = 2;

    private final long seed;
    private final int enterprisesPerCity;
    private final long itemsPerEnterprise;
    private final ReportingPeriod period;
    private final double[] defaultRates;
    private final Map<Integer, double[]> enterpriseRates;
    private final double suspectedStolenShare;
    private final double returnShare;
    private final double endOfLifeShare;
    private final double exportShare;
    private final double refurbishedShare;
    private final List<City> cities;
    private final List<SyntheticEnterprise> enterprises;
    private final List<Enterprise> firms;
    private final List<SyntheticCityStatistics> statistics;
    private final List<Enterprise> scrapYards;
    private final List<Enterprise> processors;
    private final List<Enterprise> dismantlers;
    private final List<Enterprise> recyclers;
    private final PilotLifecycles generator;

    private SyntheticPilot(Builder b) {
        this.seed = b.seed;
        this.enterprisesPerCity = b.enterprisesPerCity;
        this.itemsPerEnterprise = b.itemsPerEnterprise;
        this.period = b.period;
        this.defaultRates = b.defaultRates.clone();
        Map<Integer, double[]> rates = new HashMap<>();
        b.enterpriseRates.forEach((index, overrides) -> {
            double[] r = defaultRates.clone();
            overrides.forEach((violation, rate) -> r[violation.ordinal()] = rate);
            rates.put(index, r);
        });
        this.enterpriseRates = Collections.unmodifiableMap(rates);
        this.suspectedStolenShare = b.suspectedStolenShare;
        this.returnShare = b.returnShare;
        this.endOfLifeShare = b.endOfLifeShare;
        this.exportShare = b.exportShare;
        this.refurbishedShare = b.refurbishedShare;
        this.generator = new PilotLifecycles(this);
        List<City> c = new ArrayList<>();
        List<Enterprise> yards = new ArrayList<>();
        List<SyntheticCityStatistics> stats = new ArrayList<>();
        for (int k = 0; k < b.cities; k++) {
            City city = city(k);
            c.add(city);
            yards.add(Enterprise.of(creditCode(city, ORG_SPACE - 1 - k, Draws.child(seed, FAMILY_CITY, k)),
                    stem(city) + " Scrap Yard Co., Ltd. " + MARKER, city, EnterpriseRole.RECYCLER,
                    EnterpriseRole.DISMANTLER));
            stats.add(statistics(k, city));
        }
        this.cities = List.copyOf(c);
        this.scrapYards = List.copyOf(yards);
        this.statistics = List.copyOf(stats);
        List<Enterprise> p = new ArrayList<>();
        List<Enterprise> d = new ArrayList<>();
        List<Enterprise> r = new ArrayList<>();
        for (int k = 0; k < b.cities; k++) {
            p.add(enterprise(k, Archetype.WEEE_PROCESSOR.ordinal()));
            d.add(enterprise(k, Archetype.VEHICLE_DISMANTLER.ordinal()));
            r.add(enterprise(k, Archetype.APPLIANCE_RECYCLER.ordinal()));
        }
        this.processors = List.copyOf(p);
        this.dismantlers = List.copyOf(d);
        this.recyclers = List.copyOf(r);
        List<Enterprise> f = new ArrayList<>();
        for (int k = 0; k < b.cities; k++) {
            for (int local = 0; local < enterprisesPerCity; local++) {
                f.add(enterprise(k, local));
            }
        }
        this.firms = List.copyOf(f);
        List<SyntheticEnterprise> e = new ArrayList<>();
        for (int k = 0; k < b.cities; k++) {
            for (int local = 0; local < enterprisesPerCity; local++) {
                int index = k * enterprisesPerCity + local;
                Enterprise enterprise = firms.get(index);
                Ledger ledger = Ledger.ofSupplier(enterprise, period, () -> lifecycles(index));
                // one generation pass gives the report's counts and its first rejections; every refused sale also
                // travels with its item's lifecycle, where SRC-PROHIBITED judges it
                List<RejectedEvent> kept = new ArrayList<>();
                long refusedCount = 0;
                long accepted = 0;
                if (canPlantProhibitedTrade(index)) {
                    for (long i = 0; i < itemsPerEnterprise; i++) {
                        PilotLifecycles.Walked w = generator.walked(index, i);
                        accepted += w.lifecycle().size();
                        if (w.refused().isPresent()) {
                            refusedCount++;
                            if (kept.size() < Ledger.Builder.DEFAULT_UNREADABLE_LIMIT) {
                                kept.add(PilotLifecycles.rejection(w.refused().get()));
                            }
                        }
                    }
                }
                if (refusedCount > 0) {
                    ledger = ledger.withReport(LedgerReport.of(accepted, kept,
                            Map.of(RejectedEvent.Reason.ILLEGAL_TRANSITION, refusedCount), List.of(), 0));
                }
                e.add(new SyntheticEnterprise(index, enterprise, profile(index, local), ledger));
            }
        }
        this.enterprises = List.copyOf(e);
    }

    /**
     * Starts a builder with the defaults: seed 1, one city of 8 enterprises with 1,000 items each,
     * reporting period 2025, no violations, and the path shares documented on the builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns {@code true}: every dataset this class generates is synthetic.
     *
     * @return always {@code true}
     */
    public boolean isSynthetic() {
        return true;
    }

    /**
     * Returns the options to report this pilot's scorecards and experiments with: the defaults, stamped
     * "synthetic data" in every format and on every page and chart, so that no report of made-up
     * enterprises can pass for a real one. Add a title or an evidence limit to the copy as needed.
     *
     * @return the default report options with {@link ReportOptions#isSyntheticData()} true
     */
    public ReportOptions reportOptions() {
        return ReportOptions.defaults().withSyntheticData(isSynthetic());
    }

    /**
     * Starts a linked report site of this pilot, stamped "synthetic data" on every page.
     *
     * @param title the site's title, not blank
     * @return a site builder with {@link #reportOptions()} and the title
     * @throws IllegalArgumentException if the title is blank
     */
    public ReportSite.Builder siteBuilder(String title) {
        return ReportSite.builder(reportOptions().withTitle(title));
    }

    /**
     * Returns the seed all values derive from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the reporting period of every ledger.
     *
     * @return the period, never null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the synthetic cities, in index order.
     *
     * @return an unmodifiable list, never null
     */
    public List<City> cities() {
        return cities;
    }

    /**
     * Returns the synthetic enterprises, in index order (city by city).
     *
     * @return an unmodifiable list, never null
     */
    public List<SyntheticEnterprise> enterprises() {
        return enterprises;
    }

    /**
     * Returns the synthetic enterprises of one city, in index order.
     *
     * @param city a city of this pilot, not null
     * @return an unmodifiable list, never null
     * @throws IllegalArgumentException if the city is not one of {@link #cities()}
     */
    public List<SyntheticEnterprise> enterprisesOf(City city) {
        int k = cityIndex(city);
        return enterprises.subList(k * enterprisesPerCity, (k + 1) * enterprisesPerCity);
    }

    /**
     * Returns every synthetic enterprise as a subject of the pilot's enterprise pack (its enterprise,
     * declared profile and streaming ledger), in index order.
     *
     * @return an unmodifiable list, never null
     */
    public List<EnterpriseSubject> enterpriseSubjects() {
        return enterprises.stream().map(SyntheticEnterprise::toSubject).toList();
    }

    /**
     * Returns one city's enterprises as subjects of the pilot's enterprise pack, in index order.
     *
     * @param city a city of this pilot, not null
     * @return an unmodifiable list, never null
     * @throws IllegalArgumentException if the city is not one of {@link #cities()}
     */
    public List<EnterpriseSubject> enterpriseSubjectsOf(City city) {
        return enterprisesOf(city).stream().map(SyntheticEnterprise::toSubject).toList();
    }

    /**
     * Scores every city's enterprises with {@code enterprisePack} and returns the cities as subjects
     * of the pilot's city pack, in city order.
     *
     * @param enterprisePack the enterprise pack to score the enterprises with, not null
     * @param engine the engine, not null
     * @param asOf the date to score as of, not null
     * @return the city subjects, unmodifiable, never null
     */
    public List<CitySubject> citySubjects(RulePack<EnterpriseSubject, Lifecycle> enterprisePack,
            ComplianceEngine engine, LocalDate asOf) {
        return cities.stream().map(city -> CitySubject.score(city, enterpriseSubjectsOf(city), enterprisePack, engine,
                asOf, statisticsOf(city).toCityStatistics())).toList();
    }

    /**
     * Returns the cities as subjects derived from their enterprises' scorecards, for
     * {@link io.github.circularj.rules.experiment.PolicyExperiment#compareDerived}, which re-scores
     * the enterprises under each pack; in city order.
     *
     * @return the derivable cities, unmodifiable, never null
     */
    public List<DerivedSubject<EnterpriseSubject, CitySubject>> derivedCitySubjects() {
        return cities.stream().map(city -> CitySubject.derived(city, enterpriseSubjectsOf(city),
                statisticsOf(city).toCityStatistics())).toList();
    }

    /**
     * Returns the synthetic statistics of every city, in city order.
     *
     * @return an unmodifiable list, never null
     */
    public List<SyntheticCityStatistics> cityStatistics() {
        return statistics;
    }

    /**
     * Returns the synthetic statistics of one city.
     *
     * @param city a city of this pilot, not null
     * @return the statistics, never null
     * @throws IllegalArgumentException if the city is not one of {@link #cities()}
     */
    public SyntheticCityStatistics statisticsOf(City city) {
        return statistics.get(cityIndex(city));
    }

    /**
     * Returns the number of items in each enterprise's ledger.
     *
     * @return the items per enterprise, zero or more
     */
    public long itemsPerEnterprise() {
        return itemsPerEnterprise;
    }

    /**
     * Returns the number of items in all ledgers together.
     *
     * @return enterprises × items per enterprise
     */
    public long itemCount() {
        return itemsPerEnterprise * enterprises.size();
    }

    /**
     * Returns the violation rate in force for one enterprise: its override if one was set, else the
     * pilot-wide rate. (Where the knob does not apply to the enterprise's kind, see {@link Violation},
     * the rate has no effect.)
     *
     * @param enterpriseIndex the enterprise's index, from 0
     * @param violation the violation, not null
     * @return the rate in [0, 1]
     * @throws IndexOutOfBoundsException if no enterprise has that index
     */
    public double violationRate(int enterpriseIndex, Violation violation) {
        Objects.checkIndex(enterpriseIndex, firms.size());
        return rates(enterpriseIndex)[Objects.requireNonNull(violation, "violation").ordinal()];
    }

    /**
     * Generates one lifecycle on its own: item {@code itemIndex} of enterprise {@code enterpriseIndex},
     * equal to the one the enterprise's ledger streams at that position.
     *
     * @param enterpriseIndex the enterprise's index, from 0
     * @param itemIndex the item's index in the enterprise's ledger, from 0
     * @return the lifecycle, never null
     * @throws IndexOutOfBoundsException if no enterprise or item has that index
     */
    public Lifecycle lifecycle(int enterpriseIndex, long itemIndex) {
        Objects.checkIndex(enterpriseIndex, firms.size());
        Objects.checkIndex(itemIndex, itemsPerEnterprise);
        return generator.lifecycle(enterpriseIndex, itemIndex);
    }

    /**
     * Streams the lifecycles of one enterprise in item order, regenerating them on demand; the stream
     * may be made parallel and yields the same lifecycles.
     *
     * @param enterpriseIndex the enterprise's index, from 0
     * @return a new stream, never null
     * @throws IndexOutOfBoundsException if no enterprise has that index
     */
    public Stream<Lifecycle> lifecycles(int enterpriseIndex) {
        Objects.checkIndex(enterpriseIndex, firms.size());
        return LongStream.range(0, itemsPerEnterprise).mapToObj(i -> generator.lifecycle(enterpriseIndex, i));
    }

    @Override
    public String toString() {
        return "SyntheticPilot[seed=" + seed + ", " + cities.size() + " cities, " + enterprises.size()
                + " enterprises, " + itemsPerEnterprise + " items each, " + period + ", synthetic]";
    }

    // ---- package-private access for the lifecycle generator ----

    double[] rates(int enterpriseIndex) {
        double[] r = enterpriseRates.get(enterpriseIndex);
        return r != null ? r : defaultRates;
    }

    /** Whether an SRC-PROHIBITED violation can be planted at an enterprise: its rate is positive and its kind trades. */
    private boolean canPlantProhibitedTrade(int enterpriseIndex) {
        return rates(enterpriseIndex)[Violation.SRC_PROHIBITED.ordinal()] > 0.0
                && archetype(enterpriseIndex).knobApplies(Violation.SRC_PROHIBITED);
    }

    /** The fictional enterprise of an index (available while the synthetic enterprises are built). */
    Enterprise firm(int index) {
        return firms.get(index);
    }

    /**
     * Returns the sale of one item that its ledger refuses, when the item carries a planted SRC-PROHIBITED
     * violation: the enterprise sold it while a flag (suspected stolen, seized, prohibited category or
     * recalled) stood. The transition table refuses a sale of a quarantined item, so the sale is not in the
     * item's lifecycle; the enterprise's ledger holds it in its report ({@link Ledger#report()}), as an import
     * of the enterprise's files would, and rule SRC-PROHIBITED judges it from there.
     *
     * @param enterpriseIndex the enterprise's index, from 0
     * @param itemIndex the item's index in the enterprise's ledger, from 0
     * @return the refused sale, or empty when none was planted
     * @throws IndexOutOfBoundsException if no enterprise or item has that index
     */
    public Optional<LifecycleEvent> refusedSale(int enterpriseIndex, long itemIndex) {
        Objects.checkIndex(enterpriseIndex, firms.size());
        Objects.checkIndex(itemIndex, itemsPerEnterprise);
        return generator.refusedSale(enterpriseIndex, itemIndex);
    }

    /**
     * Returns every refused sale of one enterprise's items ({@link #refusedSale}), in item order; empty, without
     * generating a lifecycle, when no SRC-PROHIBITED violation can be planted at that enterprise.
     *
     * @param enterpriseIndex the enterprise's index, from 0
     * @return the refused sales, unmodifiable
     * @throws IndexOutOfBoundsException if no enterprise has that index
     */
    public List<LifecycleEvent> refusedEvents(int enterpriseIndex) {
        Objects.checkIndex(enterpriseIndex, firms.size());
        if (!canPlantProhibitedTrade(enterpriseIndex)) {
            return List.of();
        }
        List<LifecycleEvent> out = new ArrayList<>();
        for (long i = 0; i < itemsPerEnterprise; i++) {
            generator.refusedSale(enterpriseIndex, i).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    Archetype archetype(int enterpriseIndex) {
        return Archetype.ofLocalIndex(enterpriseIndex % enterprisesPerCity);
    }

    int cityIndexOf(int enterpriseIndex) {
        return enterpriseIndex / enterprisesPerCity;
    }

    Enterprise licensedWeeeProcessor(int cityIndex) {
        return processors.get(cityIndex);
    }

    Enterprise qualifiedVehicleDismantler(int cityIndex) {
        return dismantlers.get(cityIndex);
    }

    Enterprise applianceRecycler(int cityIndex) {
        return recyclers.get(cityIndex);
    }

    Enterprise scrapYard(int cityIndex) {
        return scrapYards.get(cityIndex);
    }

    double suspectedStolenShare() {
        return suspectedStolenShare;
    }

    double returnShare() {
        return returnShare;
    }

    double endOfLifeShare() {
        return endOfLifeShare;
    }

    double exportShare() {
        return exportShare;
    }

    double refurbishedShare() {
        return refurbishedShare;
    }

    // ---- generation of cities, enterprises, profiles and statistics ----

    private int cityIndex(City city) {
        int k = cities.indexOf(Objects.requireNonNull(city, "city"));
        if (k < 0) {
            throw new IllegalArgumentException("city \"" + city + "\" is not a city of this synthetic pilot");
        }
        return k;
    }

    private City city(int k) {
        Province province = PROVINCES.get(k % PROVINCES.size());
        int prefecture = 81 + k / PROVINCES.size();
        int heads = CITY_HEADS.length;
        int tails = CITY_TAILS.length;
        // a seeded rotation of a bijection keeps the names distinct for the first heads × tails cities
        int slot = (int) ((k + Draws.between(seed, 11, 0, heads * tails - 1L)) % (heads * tails));
        String name = CITY_HEADS[slot % heads] + CITY_TAILS[slot / heads];
        if (k >= heads * tails) {
            name = name + " " + (k / (heads * tails) + 1);
        }
        return City.of(DivisionCode.parse(province.prefix() + prefecture + "00"), name + " " + MARKER);
    }

    private static String stem(City city) {
        return city.name().substring(0, city.name().indexOf(' '));
    }

    private Enterprise enterprise(int cityIndex, int local) {
        City city = city(cityIndex);
        int index = cityIndex * enterprisesPerCity + local;
        long s = Draws.child(seed, FAMILY_ENTERPRISE, index);
        Archetype kind = Archetype.ofLocalIndex(local);
        String brand = BRAND_HEADS[(int) Draws.between(s, 1, 0, BRAND_HEADS.length - 1L)]
                + BRAND_TAILS[(int) Draws.between(s, 2, 0, BRAND_TAILS.length - 1L)];
        String nth = local < Archetype.values().length ? "" : " " + (local / Archetype.values().length + 1);
        return new Enterprise(creditCode(city, index, s), stem(city) + " " + brand + nth + " " + kind.noun + " " + MARKER,
                city, EnumSet.copyOf(kind.roles));
    }

    private static CreditCode creditCode(City city, int orgIndex, long s) {
        StringBuilder first17 = new StringBuilder("91").append(city.code()).append("MA");
        first17.append(ALPHABET.charAt(orgIndex / (31 * 31) % 31)).append(ALPHABET.charAt(orgIndex / 31 % 31))
                .append(ALPHABET.charAt(orgIndex % 31));
        for (int i = 0; i < 4; i++) {
            first17.append(ALPHABET.charAt((int) Draws.between(s, 20 + i, 0, 30)));
        }
        return CreditCode.parse(first17.toString() + CreditCode.checkCharacterFor(first17.toString()));
    }

    private EnterpriseProfile profile(int index, int local) {
        long s = Draws.child(seed, FAMILY_ENTERPRISE, index);
        int required = Archetype.ofLocalIndex(local).requiredRetentionYears();
        boolean violates = Draws.unit(s, PilotLifecycles.violationKey(Violation.SRC_RETENTION))
                < rates(index)[Violation.SRC_RETENTION.ordinal()];
        int years = violates ? (int) Draws.between(s, 3, Math.max(1, required - 2), required - 1L)
                : (int) Draws.between(s, 3, required, required + 2L);
        EnterpriseProfile profile = new EnterpriseProfile(OptionalInt.of(years), new TreeSet<>());
        if (Archetype.ofLocalIndex(local) == Archetype.PLATFORM) {
            profile = profile.withFiling("ICP filing (synthetic)");
        }
        return profile;
    }

    private SyntheticCityStatistics statistics(int k, City city) {
        long s = Draws.child(seed, FAMILY_CITY, k);
        int lastYear = period.endInclusive().getYear();
        TreeMap<Integer, Money> value = new TreeMap<>();
        TreeMap<Integer, Long> appliances = new TreeMap<>();
        TreeMap<Integer, Long> cars = new TreeMap<>();
        TreeMap<Integer, Long> scrapped = new TreeMap<>();
        double v = Draws.between(s, 1, 5_000, 60_000); // million CNY in 2023
        double a = Draws.between(s, 2, 200_000, 2_000_000);
        double c = Draws.between(s, 3, 50_000, 400_000);
        double e = Draws.between(s, 9, 5_000, 60_000); // scrapped vehicles recovered in 2023
        for (int year = 2023; year <= Math.max(2023, lastYear); year++) {
            value.put(year, Money.of(BigDecimal.valueOf(Math.round(v)).movePointRight(6), java.util.Currency.getInstance("CNY")));
            appliances.put(year, Math.round(a));
            cars.put(year, Math.round(c));
            scrapped.put(year, Math.round(e));
            v *= 1 + Draws.between(s, 100 + year, 2, 30) / 100.0;
            a *= 1 + Draws.between(s, 200 + year, 0, 18) / 100.0;
            c *= 1 + Draws.between(s, 300 + year, 0, 25) / 100.0;
            e *= 1 + Draws.between(s, 400 + year, 0, 45) / 100.0;
        }
        long households = Draws.between(s, 4, 300_000, 4_000_000);
        int points = (int) (households / 10_000 * Draws.between(s, 5, 2, 12));
        int recyclers = (int) Draws.between(s, 6, 3, 40);
        int compliant = (int) Draws.between(s, 7, 0, recyclers);
        return new SyntheticCityStatistics(city, value, appliances, cars, scrapped, points, households,
                (int) Draws.between(s, 8, 0, 4), recyclers, compliant);
    }

    /**
     * Builds a {@link SyntheticPilot}. Not thread-safe; build once and share the pilot.
     *
     * <p>Path shares (not violations; they shape realistic data): suspected-stolen flags later cleared
     * 1 %, returns 5 % of non-vehicle sales, end of life 6 % of items (three times that at appliance
     * recyclers), exports 3 % at exporters, refurbishment 30 % of refurbishable items at resellers. With
     * these defaults more than 60 % of collected items are resold.
     */
    public static final class Builder {

        private long seed = 1;
        private int cities = 1;
        private int enterprisesPerCity = 8;
        private long itemsPerEnterprise = 1_000;
        private ReportingPeriod period = ReportingPeriod.ofYear(2025);
        private final double[] defaultRates = new double[Violation.values().length];
        private final Map<Integer, Map<Violation, Double>> enterpriseRates = new TreeMap<>();
        private double suspectedStolenShare = 0.01;
        private double returnShare = 0.05;
        private double endOfLifeShare = 0.06;
        private double exportShare = 0.03;
        private double refurbishedShare = 0.30;

        private Builder() {
        }

        /**
         * Sets the seed every value derives from.
         *
         * @param newSeed any seed
         * @return this builder
         */
        public Builder seed(long newSeed) {
            this.seed = newSeed;
            return this;
        }

        /**
         * Sets the number of cities.
         *
         * @param count 1 to {@value SyntheticPilot#MAX_CITIES}
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is out of range
         */
        public Builder cities(int count) {
            this.cities = (int) range("cities", count, 1, MAX_CITIES);
            return this;
        }

        /**
         * Sets the number of enterprises per city; with 8 or more every kind of enterprise is present.
         *
         * @param count 1 to {@value SyntheticPilot#MAX_ENTERPRISES_PER_CITY}
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is out of range
         */
        public Builder enterprisesPerCity(int count) {
            this.enterprisesPerCity = (int) range("enterprisesPerCity", count, 1, MAX_ENTERPRISES_PER_CITY);
            return this;
        }

        /**
         * Sets the number of items in each enterprise's ledger.
         *
         * @param count 0 to {@value SyntheticPilot#MAX_ITEMS_PER_ENTERPRISE}
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is out of range
         */
        public Builder itemsPerEnterprise(long count) {
            this.itemsPerEnterprise = range("itemsPerEnterprise", count, 0, MAX_ITEMS_PER_ENTERPRISE);
            return this;
        }

        /**
         * Sets the reporting period of every ledger; all events fall inside it.
         *
         * @param newPeriod a period of at least {@value SyntheticPilot#MIN_PERIOD_DAYS} days, not null
         * @return this builder
         * @throws IllegalArgumentException if the period is shorter
         */
        public Builder period(ReportingPeriod newPeriod) {
            Objects.requireNonNull(newPeriod, "period");
            if (newPeriod.lengthInDays() < MIN_PERIOD_DAYS) {
                throw new IllegalArgumentException("period \"" + newPeriod + "\" has " + newPeriod.lengthInDays()
                        + " days; a synthetic pilot needs at least " + MIN_PERIOD_DAYS
                        + " so that every lifecycle fits inside it");
            }
            this.period = newPeriod;
            return this;
        }

        /**
         * Sets the pilot-wide rate of a violation (see {@link Violation} for its population).
         *
         * @param violation the violation, not null
         * @param rate the fraction of the knob population that violates, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
         */
        public Builder violationRate(Violation violation, double rate) {
            defaultRates[Objects.requireNonNull(violation, "violation").ordinal()] = share("rate", rate);
            return this;
        }

        /**
         * Sets the pilot-wide rate of the violation of a rule id, e.g. {@code "DATA-ERASURE"}.
         *
         * @param ruleId the rule id, not null
         * @param rate the fraction of the knob population that violates, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if no violation is planted for the rule id, or {@code rate}
         *     is outside [0, 1] or NaN
         */
        public Builder violationRate(String ruleId, double rate) {
            return violationRate(Violation.ofRuleId(ruleId), rate);
        }

        /**
         * Overrides the rate of a violation for one enterprise, e.g. to give experiments enterprises
         * with different profiles.
         *
         * @param enterpriseIndex the enterprise's index (city index × enterprises per city + index in
         *     the city), checked when the pilot is built
         * @param violation the violation, not null
         * @param rate the fraction of the enterprise's knob population that violates, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code enterpriseIndex} is negative, or {@code rate} is
         *     outside [0, 1] or NaN
         */
        public Builder violationRate(int enterpriseIndex, Violation violation, double rate) {
            range("enterpriseIndex", enterpriseIndex, 0, Integer.MAX_VALUE);
            Objects.requireNonNull(violation, "violation");
            enterpriseRates.computeIfAbsent(enterpriseIndex, i -> new TreeMap<>()).put(violation, share("rate", rate));
            return this;
        }

        /**
         * Sets the share of items flagged as suspected stolen, reported and then cleared (default 1 %).
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
         */
        public Builder suspectedStolenShare(double share) {
            this.suspectedStolenShare = share("suspectedStolenShare", share);
            return this;
        }

        /**
         * Sets the share of non-vehicle sales that are returned (default 5 %).
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
         */
        public Builder returnShare(double share) {
            this.returnShare = share("returnShare", share);
            return this;
        }

        /**
         * Sets the share of items that reach end of life instead of resale (default 6 %; three times
         * this, at most 100 %, at appliance recyclers).
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
         */
        public Builder endOfLifeShare(double share) {
            this.endOfLifeShare = share("endOfLifeShare", share);
            return this;
        }

        /**
         * Sets the share of items exported by enterprises with the EXPORTER role (default 3 %; what end
         * of life leaves).
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
         */
        public Builder exportShare(double share) {
            this.exportShare = share("exportShare", share);
            return this;
        }

        /**
         * Sets the share of refurbishable items (electronics, appliances, vehicles, furniture) that
         * resellers refurbish before sale (default 30 %).
         *
         * @param share in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
         */
        public Builder refurbishedShare(double share) {
            this.refurbishedShare = share("refurbishedShare", share);
            return this;
        }

        /**
         * Builds the pilot. Cities, enterprises and statistics are built at once; lifecycles only when
         * streamed.
         *
         * @return the pilot, never null
         * @throws IllegalArgumentException if a per-enterprise rate names an enterprise index beyond
         *     cities × enterprises per city
         */
        public SyntheticPilot build() {
            int total = cities * enterprisesPerCity;
            for (Integer index : enterpriseRates.keySet()) {
                if (index >= total) {
                    throw new IllegalArgumentException("enterpriseIndex \"" + index + "\" of a violation rate is beyond the "
                            + total + " enterprises (" + cities + " cities × " + enterprisesPerCity + ")");
                }
            }
            return new SyntheticPilot(this);
        }

        private static long range(String field, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(field + " \"" + value + "\" is outside [" + min + ", " + max + "]");
            }
            return value;
        }

        private static double share(String field, double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(field + " \"" + value + "\" is outside [0, 1]; it is a fraction");
            }
            return value;
        }
    }
}
