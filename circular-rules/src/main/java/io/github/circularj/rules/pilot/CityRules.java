package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_APPLIANCE_RECOVERY;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_COLLECTION_NETWORK;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_ELV_RECOVERY;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_ERASURE_CAPACITY;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_MARKET_GROWTH;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_PACK_ID;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_STANDARD_MARKETS;
import static io.github.circularj.rules.pilot.SecondhandPilot.CITY_USED_CAR_GROWTH;
import static io.github.circularj.rules.pilot.SecondhandPilot.ENTERPRISE_VERSION;
import static io.github.circularj.rules.pilot.SecondhandPilot.ERASURE_STANDARD_IN_FORCE;
import static io.github.circularj.rules.pilot.SecondhandPilot.ERASURE_STANDARD_TITLE;
import static io.github.circularj.rules.pilot.SecondhandPilot.MOFCOM;
import static io.github.circularj.rules.pilot.SecondhandPilot.MOFCOM_ET_AL;
import static io.github.circularj.rules.pilot.SecondhandPilot.PILOT_NOTICE;
import static io.github.circularj.rules.pilot.SecondhandPilot.STANDARDS_BODIES;
import static io.github.circularj.rules.pilot.EnterpriseRule.cite;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Measure;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The city pack's rules and their judgements over a {@link CitySubject}; see {@link SecondhandPilot#cityPack()}. */
final class CityRules {

    /** Appliance recovery: +15 % by 2025 and +30 % by 2027 over 2023, in percent. */
    static final double APPLIANCE_2025 = 15.0;
    static final double APPLIANCE_2027 = 30.0;
    /** Used cars: +45 % by 2027 over 2023, in percent. */
    static final double USED_CAR_2027 = 45.0;
    /** Scrapped vehicles: +50 % by 2025 and twice the 2023 volume (+100 %) by 2027, in percent. */
    static final double VEHICLE_2025 = 50.0;
    static final double VEHICLE_2027 = 100.0;

    private CityRules() {
    }

    static RulePack<CitySubject, EnterpriseResult> pack() {
        return RulePack.<CitySubject, EnterpriseResult>builder(CITY_PACK_ID, ENTERPRISE_VERSION)
                .effective(EffectivePeriod.from(PILOT_NOTICE))
                .criterion("Enterprise compliance", 40, enterpriseCompliance(), compliantShare())
                .criterion("Market development", 30, marketGrowth(), applianceRecovery(), usedCarGrowth(), vehicleRecovery())
                .criterion("Infrastructure and standards", 30, collectionNetwork(), standardMarkets(), erasureCapacity())
                .build();
    }

    // ---- the city rules, one table-like block each ----

    static Rule<CitySubject, EnterpriseResult> enterpriseCompliance() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_ENTERPRISE_COMPLIANCE, "Enterprises' volume-weighted mean score")
                .citation(EnterpriseRule.libraryDefault("no published target: a mean score of 75 is this library's default"))
                .measure(Indicators.weightedMean(r -> r.scorecard().score(),
                        r -> r.scorecard().isRated() ? r.volume() : 0.0, Unit.NUMBER))
                .target(Target.atLeast(75, Unit.NUMBER))
                .describedAs(Describer.quantity("the pilot enterprises' volume-weighted mean score"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> compliantShare() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_ENTERPRISE_COMPLIANT_SHARE, "Enterprises COMPLIANT or better")
                .citation(EnterpriseRule.libraryDefault("no published target: a share of 80 % is this library's default"))
                .measure(Indicators.share(r -> r.scorecard().isRated(), EnterpriseResult::isCompliantOrBetter,
                        EnterpriseResult::id))
                .target(Target.atLeast(0.8, Unit.SHARE))
                .describedAs(EnterpriseRule.withIds(Describer.share("rated pilot enterprises", "were below COMPLIANT"), "enterprise", "enterprises"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> marketGrowth() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_MARKET_GROWTH, "Secondhand transaction value growth")
                .citation(cite("MOFCOM figures, 2025", "national secondhand transaction value RMB 1.69 trillion in 2024, +28 %;"
                        + " 12 % is this library's benchmark from past national growth, not a published target", MOFCOM,
                        Basis.LIBRARY_DEFAULT))
                .measure(fromStatistics((s, asOf) -> growth("secondhand transaction value", s::transactionValue,
                        Year.from(asOf).minusYears(1), Year.from(asOf))))
                .target(Target.atLeast(12, Unit.PERCENT))
                .describedAs(growthPhrase("secondhand transaction value", "the year before"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> applianceRecovery() {
        Citation source = Citation.of(EnterpriseRule.source("商消费发〔2024〕58号", "", MOFCOM_ET_AL, Basis.POLICY_TARGET),
                EnterpriseRule.source("商流通发〔2024〕18号", "", MOFCOM_ET_AL, Basis.POLICY_TARGET));
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_APPLIANCE_RECOVERY, "Waste-appliance recovery volume against 2023")
                .citation(source)
                .measure(fromStatistics((s, asOf) -> growth("waste-appliance recovery volume", s::applianceRecovery,
                        CityStatistics.BASELINE, Year.from(asOf))))
                .term(yearly(source, 2024, APPLIANCE_2025 / 2, "+15 % by 2025"))
                .term(yearly(source, 2025, APPLIANCE_2025, null))
                .term(yearly(source, 2026, (APPLIANCE_2025 + APPLIANCE_2027) / 2, "+15 % by 2025, +30 % by 2027"))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(APPLIANCE_2027, Unit.PERCENT), false)
                        .citedTo(withArticle(source, "+30 % by 2027")))
                .describedAs(growthPhrase("waste-appliance recovery volume", "2023"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> usedCarGrowth() {
        Citation source = cite("商消费发〔2024〕58号", "", MOFCOM_ET_AL, Basis.POLICY_TARGET);
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_USED_CAR_GROWTH, "Used-car transactions against 2023")
                .citation(source)
                .measure(fromStatistics((s, asOf) -> growth("used-car transactions", s::usedCarTransactions,
                        CityStatistics.BASELINE, Year.from(asOf))))
                .term(yearly(source, 2024, USED_CAR_2027 / 4, "+45 % by 2027"))
                .term(yearly(source, 2025, USED_CAR_2027 / 2, "+45 % by 2027"))
                .term(yearly(source, 2026, USED_CAR_2027 * 3 / 4, "+45 % by 2027"))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(USED_CAR_2027, Unit.PERCENT), false)
                        .citedTo(withArticle(source, "+45 % by 2027")))
                .describedAs(growthPhrase("used-car transactions", "2023"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> vehicleRecovery() {
        Citation source = cite("商消费发〔2024〕58号", "", MOFCOM_ET_AL, Basis.POLICY_TARGET);
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_ELV_RECOVERY, "Scrapped-vehicle recovery volume against 2023")
                .citation(source)
                .measure(fromStatistics((s, asOf) -> growth("scrapped-vehicle recovery volume", s::vehicleRecovery,
                        CityStatistics.BASELINE, Year.from(asOf))))
                .term(yearly(source, 2024, VEHICLE_2025 / 2, "+50 % by 2025"))
                .term(yearly(source, 2025, VEHICLE_2025, null))
                .term(yearly(source, 2026, (VEHICLE_2025 + VEHICLE_2027) / 2, "+50 % by 2025, twice the 2023 volume by 2027"))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(VEHICLE_2027, Unit.PERCENT), false)
                        .citedTo(withArticle(source, "twice the 2023 volume (+100 %) by 2027")))
                .describedAs(growthPhrase("scrapped-vehicle recovery volume", "2023"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> collectionNetwork() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_COLLECTION_NETWORK, "Recycling points per 10,000 households")
                .citation(cite("商流通发〔2024〕18号", "", MOFCOM_ET_AL, Basis.LIBRARY_DEFAULT))
                .measure(fromStatistics((s, asOf) -> collectionNetwork(s)))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .describedAs(m -> "recycling points per 10,000 households reach "
                        + Unit.SHARE.format(m.value().orElseThrow()) + " of the city's own target")
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> standardMarkets() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_STANDARD_MARKETS, "Secondhand markets operating to GB/T 33492-2024")
                .citation(cite("GB/T 33492-2024 二手货交易市场经营管理规范", "", STANDARDS_BODIES, Basis.STANDARD))
                .measure(fromStatistics((s, asOf) -> s.standardMarkets().isPresent()
                        ? Measurement.of(s.standardMarkets().getAsLong(), Unit.COUNT)
                        : Measurement.insufficientEvidence(Unit.COUNT, "the number of markets operating to GB/T 33492-2024 not supplied")))
                .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1, Unit.COUNT), false).citedTo(cite(
                        "GB/T 33492-2024 二手货交易市场经营管理规范", "at least 1 such market is this library's default, not the"
                                + " standard's", STANDARDS_BODIES, Basis.LIBRARY_DEFAULT)))
                .describedAs(Describer.count("secondhand markets operate to GB/T 33492-2024"))
                .build();
    }

    static Rule<CitySubject, EnterpriseResult> erasureCapacity() {
        return Rule.<CitySubject, EnterpriseResult>builder(CITY_ERASURE_CAPACITY, "Electronics recyclers erasing to the standard")
                .citation(cite(ERASURE_STANDARD_TITLE, "", STANDARDS_BODIES, Basis.STANDARD).inForceFrom(ERASURE_STANDARD_IN_FORCE))
                .measure(fromStatistics((s, asOf) -> erasureCapacity(s)))
                .target(Target.atLeast(1.0, Unit.SHARE))
                .effective(EffectivePeriod.from(ERASURE_STANDARD_IN_FORCE))
                .describedAs(Describer.share("recyclers of electronics", "do not erase data to the standard"))
                .build();
    }

    // ---- judgements over the statistics ----

    /**
     * Growth in percent of a statistic from a base year to a year; insufficient evidence when either is
     * missing or the base is zero.
     */
    static Measurement growth(String what, Function<Year, OptionalDouble> byYear, Year base, Year year) {
        OptionalDouble now = byYear.apply(year);
        OptionalDouble then = byYear.apply(base);
        if (now.isEmpty() || then.isEmpty()) {
            Year missing = now.isEmpty() ? year : base;
            return Measurement.insufficientEvidence(Unit.PERCENT, what + " for " + missing + " not supplied");
        }
        if (then.getAsDouble() == 0.0) {
            return Measurement.insufficientEvidence(Unit.PERCENT, what + " for " + base + " is 0, so growth is undefined");
        }
        return Measurement.of((now.getAsDouble() / then.getAsDouble() - 1.0) * 100.0, Unit.PERCENT);
    }

    /**
     * The share of the city's own target of recycling points per 10,000 households reached, at most 1:
     * not applicable until the city's target is set, insufficient evidence without points or households.
     */
    static Measurement collectionNetwork(CityStatistics s) {
        if (s.collectionNetworkTarget().isEmpty()) {
            return Measurement.notApplicable(Unit.SHARE, "no city target of recycling points per 10,000 households set");
        }
        if (s.collectionPoints().isEmpty() || s.households().isEmpty()) {
            return Measurement.insufficientEvidence(Unit.SHARE, "the numbers of recycling points and households not supplied");
        }
        double per10000 = 10_000.0 * s.collectionPoints().getAsLong() / s.households().getAsLong();
        return Measurement.of(Math.min(1.0, per10000 / s.collectionNetworkTarget().getAsDouble()), Unit.SHARE);
    }

    /** The share of electronics recyclers erasing to the standard; not applicable when the city has none. */
    static Measurement erasureCapacity(CityStatistics s) {
        if (s.electronicsRecyclers().isEmpty()) {
            return Measurement.insufficientEvidence(Unit.SHARE, "the numbers of electronics recyclers not supplied");
        }
        long total = s.electronicsRecyclers().getAsLong();
        long compliant = s.compliantErasureRecyclers().orElseThrow();
        return Measurement.share(compliant, total, new Evidence(total - compliant, java.util.List.of()));
    }

    // ---- helpers ----

    private static Measure<CitySubject, EnterpriseResult> fromStatistics(BiFunction<CityStatistics, LocalDate, Measurement> read) {
        return (subject, context) -> Indicators.<CitySubject, EnterpriseResult>fromSubject(
                s -> read.apply(s.statistics(), context.asOf())).indicatorFor(subject, context);
    }

    /**
     * The term of one calendar year: a published target when {@code deadline} is null; otherwise the
     * library's straight line from the 2023 baseline towards the published targets named in {@code deadline},
     * cited as a library default on the same source.
     */
    private static Term yearly(Citation source, int year, double percent, String deadline) {
        Term term = Term.of(EffectivePeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)),
                Target.atLeast(percent, Unit.PERCENT), false);
        if (deadline == null) {
            return term.citedTo(withArticle(source, "+" + plain(percent) + " % by " + year));
        }
        return term.citedTo(withArticle(source, year + ": +" + plain(percent) + " %, this library's straight line from the"
                + " 2023 baseline between the published targets (" + deadline + ")").withBasis(Basis.LIBRARY_DEFAULT));
    }

    /** The citation with the target a term reads from it as the primary source's article; other sources as they are. */
    private static Citation withArticle(Citation c, String article) {
        java.util.List<Citation.Source> sources = new java.util.ArrayList<>(c.sources());
        Citation.Source p = sources.get(0);
        sources.set(0, new Citation.Source(p.title(), article, p.issuer(), p.date(), p.basis()));
        return new Citation(sources);
    }

    private static String plain(double v) {
        String text = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static Describer growthPhrase(String what, String base) {
        return m -> {
            double v = m.value().orElseThrow();
            return what + " changed by " + (v >= 0 ? "+" : "") + plain(v) + " % against " + base;
        };
    }
}
