package io.github.circularj.flink;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.util.Locale;
import java.util.Objects;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * The rule packs a scoring job runs: the enterprise pack over each enterprise's lifecycles, and the city pack over
 * its cities' enterprise results, and whether the cities are scored at all.
 *
 * <p>Each pack is given as a serializable supplier, since it travels with the job graph to every task, where it is
 * made once. The pilot's packs are the default ({@link #pilot()}); a policy experiment at national scale passes a
 * variant, for example
 * {@code JobPacks.pilot().withEnterprisePack(() -> SecondhandPilot.enterprisePack().withParameter(
 * RuleId.of("REFUND-7DAY"), "refund-window", 10))}
 * (whatever the supplier captures must be serializable). A scorecard names its pack's id and version, and a finding
 * names the parameter a variant replaced, as the library's scorecards do.
 *
 * <p>This class is immutable and thread-safe if its suppliers are.
 *
 * @param enterprisePack supplies the enterprise pack
 * @param cityPack supplies the city pack
 * @param scoresCities whether the job scores the enterprises' cities too (one report line per city, and per city
 *     and period for {@link PeriodScoringJob})
 */
public record JobPacks(SerializableSupplier<RulePack<EnterpriseSubject, Lifecycle>> enterprisePack,
        SerializableSupplier<RulePack<CitySubject, EnterpriseResult>> cityPack, boolean scoresCities) {

    /** The command-line names of the choices: {@code enterprise}, {@code city}. */
    public static final String NAMES = "enterprise, city";

    /**
     * Validates.
     *
     * @param enterprisePack not null
     * @param cityPack not null
     * @param scoresCities whether cities are scored
     */
    public JobPacks {
        Objects.requireNonNull(enterprisePack, "enterprisePack");
        Objects.requireNonNull(cityPack, "cityPack");
    }

    /**
     * Returns the pilot's current packs ({@link SecondhandPilot#enterprisePack()}, {@link SecondhandPilot#cityPack()}),
     * enterprises only.
     *
     * @return the packs
     */
    public static JobPacks pilot() {
        return new JobPacks(SecondhandPilot::enterprisePack, SecondhandPilot::cityPack, false);
    }

    /**
     * Reads a command line's {@code --pack}: {@code enterprise} (the enterprises' scorecards) or {@code city} (the
     * enterprises' and their cities'), in any case, with the pilot's packs.
     *
     * @param name the name, not null
     * @return the packs
     * @throws IllegalArgumentException if the name is neither
     */
    public static JobPacks parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "enterprise" -> pilot();
            case "city" -> pilot().withCities(true);
            default -> throw new IllegalArgumentException("pack \"" + name + "\" is not one of " + NAMES
                    + "; the jobs read ledger lines, which the pilot's enterprise pack scores, and its city pack rolls up");
        };
    }

    /**
     * Returns these packs with another enterprise pack.
     *
     * @param pack supplies the pack, not null, serializable
     * @return the packs
     */
    public JobPacks withEnterprisePack(SerializableSupplier<RulePack<EnterpriseSubject, Lifecycle>> pack) {
        return new JobPacks(pack, cityPack, scoresCities);
    }

    /**
     * Returns these packs with another city pack.
     *
     * @param pack supplies the pack, not null, serializable
     * @return the packs
     */
    public JobPacks withCityPack(SerializableSupplier<RulePack<CitySubject, EnterpriseResult>> pack) {
        return new JobPacks(enterprisePack, pack, scoresCities);
    }

    /**
     * Returns these packs, scoring the cities or not.
     *
     * @param cities whether the job scores the cities
     * @return the packs
     */
    public JobPacks withCities(boolean cities) {
        return new JobPacks(enterprisePack, cityPack, cities);
    }
}
