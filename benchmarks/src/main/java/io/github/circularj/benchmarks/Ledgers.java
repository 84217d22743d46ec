package io.github.circularj.benchmarks;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ledgers the benchmarks score: synthetic pilot enterprises (seed 1, one city, reporting year 2026,
 * every violation planted at 2 %), materialised into in-memory ledgers so that the benchmarks time
 * scoring and not generation.
 */
final class Ledgers {

    /** The reporting period of every benchmark ledger. */
    static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2026);
    /** The date the benchmarks score as of: the day after the period (DATA-ERASURE's 100 % term). */
    static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);
    /** The planted rate of every violation. */
    static final double VIOLATION_RATE = 0.02;

    private Ledgers() {
    }

    /** A synthetic pilot of one city with {@code enterprises} enterprises of {@code items} items each. */
    static SyntheticPilot pilot(int enterprises, long items) {
        SyntheticPilot.Builder b = SyntheticPilot.builder().seed(1).cities(1).enterprisesPerCity(enterprises)
                .itemsPerEnterprise(items).period(PERIOD);
        for (Violation v : Violation.values()) {
            b.violationRate(v, VIOLATION_RATE);
        }
        return b.build();
    }

    /**
     * Enterprise {@code index} of a pilot with its ledger in memory. Enterprise 0 is the trade-in
     * electronics dealer and refurbisher, the kind to which most rules apply.
     */
    static EnterpriseSubject materialised(SyntheticPilot pilot, int index) {
        EnterpriseSubject streaming = pilot.enterpriseSubjects().get(index);
        List<Lifecycle> lifecycles = pilot.lifecycles(index).parallel().collect(Collectors.toList());
        return EnterpriseSubject.of(streaming.enterprise(), streaming.profile(),
                Ledger.of(streaming.enterprise(), PERIOD, lifecycles));
    }

    /** The number of events in a subject's ledger (one pass). */
    static long events(EnterpriseSubject subject) {
        return subject.records().mapToLong(Lifecycle::size).sum();
    }

    /**
     * Walks lifecycles as every judgement must (each item, its category, each event's type and instant) and judges
     * nothing: the cost of reading the data alone.
     *
     * @return a checksum of what was read, so that nothing is optimised away
     */
    static long walk(Iterable<io.github.circularj.model.lifecycle.Lifecycle> lifecycles) {
        long sum = 0;
        for (io.github.circularj.model.lifecycle.Lifecycle lifecycle : lifecycles) {
            sum += lifecycle.item().category().isWeee() ? 1 : 0; // a flag, as the judgements read it
            for (io.github.circularj.model.lifecycle.LifecycleEvent e : lifecycle.events()) {
                sum += e.type().ordinal() + e.at().getEpochSecond();
            }
        }
        return sum;
    }
}
