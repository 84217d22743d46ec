package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.City;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.DerivedSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A pilot city as the city pack scores it: the city, its pilot enterprises' results (scorecards with
 * volume weights; the records) and the {@link CityStatistics} the user supplies.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CitySubject implements Subject<EnterpriseResult> {

    private final City city;
    private final List<EnterpriseResult> results;
    private final CityStatistics statistics;

    private CitySubject(City city, List<EnterpriseResult> results, CityStatistics statistics) {
        this.city = city;
        this.results = results;
        this.statistics = statistics;
    }

    /**
     * Obtains the subject of a city.
     *
     * @param city the city, not null
     * @param results its enterprises' results, not null, no nulls; copied
     * @param statistics the city's statistics, not null; {@link CityStatistics#none()} if none
     * @return the subject
     */
    public static CitySubject of(City city, List<EnterpriseResult> results, CityStatistics statistics) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(statistics, "statistics");
        return new CitySubject(city, List.copyOf(Objects.requireNonNull(results, "results")), statistics);
    }

    /**
     * Scores a city's enterprises against an enterprise pack and returns the city subject built from their
     * fresh scorecards, ready to be scored with {@link SecondhandPilot#cityPack()}. A policy experiment on
     * the city re-scores its enterprises with the variant enterprise pack this way.
     *
     * <p>Each enterprise weighs by its volume: the number of sales in its ledger's period, counted in one
     * extra pass over the ledger.
     *
     * @param city the city, not null
     * @param enterprises the city's enterprises, not null
     * @param enterprisePack the enterprise pack, not null
     * @param engine the engine, not null
     * @param asOf the date to judge as of, not null
     * @param statistics the city's statistics, not null
     * @return the city subject
     * @throws IllegalArgumentException if the engine refuses the date or a rule
     */
    public static CitySubject score(City city, List<EnterpriseSubject> enterprises,
            RulePack<EnterpriseSubject, Lifecycle> enterprisePack, ComplianceEngine engine, LocalDate asOf,
            CityStatistics statistics) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(engine, "engine");
        List<EnterpriseSubject> all = List.copyOf(enterprises);
        List<Scorecard> cards = engine.scoreAll(all, enterprisePack, asOf);
        List<EnterpriseResult> results = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            results.add(new EnterpriseResult(cards.get(i), salesVolume(all.get(i))));
        }
        return of(city, results, statistics);
    }

    /**
     * A city whose enterprises are scored by whatever scorer a policy experiment supplies, so that
     * {@link io.github.circularj.rules.experiment.PolicyExperiment#compareDerived} re-scores them with
     * the baseline and with the variant enterprise pack before scoring the city. Each enterprise is
     * weighted by its number of sales in its reporting period, as in
     * {@link #score(City, List, RulePack, ComplianceEngine, LocalDate, CityStatistics)}.
     *
     * @param city the city, not null
     * @param enterprises the city's enterprises, not null; copied
     * @param statistics the city's statistics, not null
     * @return the derivable city, never null
     */
    public static DerivedSubject<EnterpriseSubject, CitySubject> derived(City city, List<EnterpriseSubject> enterprises,
            CityStatistics statistics) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(statistics, "statistics");
        List<EnterpriseSubject> all = List.copyOf(enterprises);
        return scorer -> {
            List<EnterpriseResult> results = new ArrayList<>();
            for (EnterpriseSubject enterprise : all) {
                results.add(new EnterpriseResult(scorer.apply(enterprise), salesVolume(enterprise)));
            }
            return of(city, results, statistics);
        };
    }

    static double salesVolume(EnterpriseSubject enterprise) {
        try (Stream<Lifecycle> records = enterprise.records()) {
            return records.mapToLong(l -> EnterpriseResult.volumeOf(l, enterprise)).sum();
        }
    }

    /**
     * Returns the city.
     *
     * @return the city
     */
    public City city() {
        return city;
    }

    /**
     * Returns the enterprises' results.
     *
     * @return the results, unmodifiable
     */
    public List<EnterpriseResult> results() {
        return results;
    }

    /**
     * Returns the city's statistics.
     *
     * @return the statistics
     */
    public CityStatistics statistics() {
        return statistics;
    }

    /**
     * Returns the city's division code.
     *
     * @return the code as text, e.g. {@code "330100"}
     */
    @Override
    public String id() {
        return city.code().toString();
    }

    /**
     * Returns the city's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return city.name();
    }

    /**
     * Returns the enterprises' results.
     *
     * @return a fresh stream of the results
     */
    @Override
    public Stream<EnterpriseResult> records() {
        return results.stream();
    }

    /**
     * Returns the subject as text, e.g. {@code "330100 (杭州 Hangzhou), 3 enterprises"}.
     *
     * @return the subject as text
     */
    @Override
    public String toString() {
        return id() + " (" + name() + "), " + results.size() + (results.size() == 1 ? " enterprise" : " enterprises");
    }
}
