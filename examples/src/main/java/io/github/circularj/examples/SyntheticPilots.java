package io.github.circularj.examples;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic pilot the examples share: a few fictional cities, eight enterprises each (one of every
 * kind), the items spread evenly over the enterprises, and violation rates that vary per enterprise so
 * that the enterprises land in different bands.
 */
final class SyntheticPilots {

    static final int CITIES = 3;
    static final int ENTERPRISES_PER_CITY = 8;

    /** How careless each quarter of the enterprises is: clean, slips, sloppy, negligent. */
    private static final double[] TIERS = {0.0, 0.03, 0.12, 0.35};

    /** The lapses an enterprise's carelessness shows in, each at a random multiple of its tier's rate. */
    private static final List<Violation> LAPSES = List.of(Violation.SRC_PROVENANCE, Violation.DATA_ERASURE,
            Violation.DATA_ERASURE_METHOD, Violation.DISC_CONDITION, Violation.DISC_REPAIR_HISTORY,
            Violation.WARRANTY_REFURB);

    /** The mandatory rules a negligent enterprise also breaks now and then; each caps its band. */
    private static final List<Violation> MANDATORY_LAPSES = List.of(Violation.SRC_REGISTRATION,
            Violation.DISC_SECONDHAND_LABEL, Violation.WEEE_HANDOVER);

    private SyntheticPilots() {
    }

    static int enterprises() {
        return CITIES * ENTERPRISES_PER_CITY;
    }

    /**
     * Builds the pilot: its reporting period is the year that ends on the as-of date.
     *
     * @param seed the seed
     * @param items the number of items in the pilot, at least 1; each enterprise gets
     *     {@code max(1, items / enterprises)}
     * @param asOf the date the pilot is scored as of
     */
    static SyntheticPilot build(long seed, long items, LocalDate asOf) {
        long perEnterprise = Math.max(1, items / enterprises());
        LocalDate end = asOf.plusDays(1);
        SyntheticPilot.Builder builder = SyntheticPilot.builder().seed(seed).cities(CITIES)
                .enterprisesPerCity(ENTERPRISES_PER_CITY).itemsPerEnterprise(perEnterprise)
                .period(ReportingPeriod.of(end.minusYears(1), end));
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < enterprises(); e++) {
            // Tiers rotate with the city so that every kind of enterprise is careless somewhere.
            double tier = TIERS[(e + e / ENTERPRISES_PER_CITY) % TIERS.length];
            for (Violation lapse : LAPSES) {
                double rate = tier * (0.5 + random.nextDouble());
                if (rate > 0) {
                    builder.violationRate(e, lapse, Math.min(1.0, rate));
                }
            }
            if (tier == TIERS[TIERS.length - 1]) {
                builder.violationRate(e, MANDATORY_LAPSES.get(random.nextInt(MANDATORY_LAPSES.size())), 0.01);
            }
        }
        return builder.build();
    }
}
