package io.github.circularj.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ScorecardReport;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "Concurrency and determinism": one pack, one population and one engine shared by 8 threads
 * without synchronisation give scorecards and reports byte-identical to a single-threaded run. This is
 * the test that backs the "immutable and thread-safe" claims of {@code RulePack}, {@code Rule},
 * {@code Scorecard}, {@code ComplianceEngine} and the report classes.
 */
class ConcurrentScoringTest {

    private static final int THREADS = 8;
    private static final int SCORINGS = 200;
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final ReportOptions OPTIONS = ReportOptions.defaults().withSyntheticData(true);

    /** A pilot with violations planted, so that findings carry evidence ids and messages differ. */
    private static final SyntheticPilot PILOT = SyntheticPilot.builder().seed(10).cities(1).enterprisesPerCity(8)
            .itemsPerEnterprise(150).period(ReportingPeriod.ofYear(2025))
            .violationRate(Violation.DATA_ERASURE, 0.05).violationRate(Violation.RETURN_7DAY, 0.1)
            .violationRate(Violation.SRC_REGISTRATION, 0.02).violationRate(Violation.DISC_CONDITION, 0.08)
            .violationRate(3, Violation.WEEE_HANDOVER, 0.5).violationRate(6, Violation.SRC_RETENTION, 1.0)
            .build();
    private static final RulePack<EnterpriseSubject, Lifecycle> PACK = SecondhandPilot.enterprisePack();

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<ReportFormat, byte[]> rendered(Scorecard card) {
        Map<ReportFormat, byte[]> out = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            out.put(format, ScorecardReport.of(card, OPTIONS).render(format).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Map<ReportFormat, byte[]> overview(List<Scorecard> cards) {
        Map<ReportFormat, byte[]> out = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            out.put(format, OverviewReport.of(cards, OPTIONS.withTitle("Synthetic pilot")).render(format)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private record Scored(int subject, Scorecard card, String explanation, Map<ReportFormat, byte[]> reports) {
    }

    @Test
    void eightThreadsScoringOnePopulationTwoHundredTimesAgreeByteForByteWithOneThread() throws Exception {
        List<EnterpriseSubject> subjects = PILOT.enterpriseSubjects();
        ComplianceEngine engine = ComplianceEngine.create();
        List<Scorecard> reference = new ArrayList<>();
        List<Map<ReportFormat, byte[]>> referenceReports = new ArrayList<>();
        for (EnterpriseSubject subject : subjects) {
            Scorecard card = engine.score(subject, PACK, AS_OF);
            reference.add(card);
            referenceReports.add(rendered(card));
        }
        assertThat(reference).extracting(Scorecard::findings).as("the population is not trivially clean")
                .anySatisfy(findings -> assertThat(findings).anySatisfy(f -> assertThat(f.measurement().evidence().count())
                        .isPositive()));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Scored>> futures = new ArrayList<>();
        for (int i = 0; i < SCORINGS; i++) {
            int subject = i % subjects.size();
            Callable<Scored> task = () -> {
                start.await();
                Scorecard card = engine.score(subjects.get(subject), PACK, AS_OF);
                return new Scored(subject, card, card.explain().render(), rendered(card));
            };
            futures.add(pool.submit(task));
        }
        start.countDown();

        for (Future<Scored> future : futures) {
            Scored scored = future.get(60, TimeUnit.SECONDS);
            Scorecard expected = reference.get(scored.subject());
            assertThat(scored.card()).isEqualTo(expected);
            assertThat(scored.explanation()).isEqualTo(expected.explain().render());
            for (ReportFormat format : ReportFormat.values()) {
                assertThat(scored.reports().get(format)).as("%s report of %s", format, expected.subjectId())
                        .isEqualTo(referenceReports.get(scored.subject()).get(format));
            }
        }
        assertThat(futures).hasSize(SCORINGS);
    }

    @Test
    void parallelScoreAllOnManyThreadsAtOnceGivesTheSequentialScorecardsAndOverviews() throws Exception {
        List<EnterpriseSubject> subjects = PILOT.enterpriseSubjects();
        List<Scorecard> reference = ComplianceEngine.create().scoreAll(subjects, PACK, AS_OF);
        Map<ReportFormat, byte[]> referenceOverview = overview(reference);
        ComplianceEngine parallel = ComplianceEngine.builder().parallelism(THREADS).build();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Scorecard>>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return parallel.scoreAll(subjects, PACK, AS_OF);
            }));
        }
        start.countDown();

        for (Future<List<Scorecard>> future : futures) {
            List<Scorecard> cards = future.get(60, TimeUnit.SECONDS);
            assertThat(cards).containsExactlyElementsOf(reference);
            Map<ReportFormat, byte[]> rendered = overview(cards);
            for (ReportFormat format : ReportFormat.values()) {
                assertThat(rendered.get(format)).as("%s overview", format).isEqualTo(referenceOverview.get(format));
            }
        }
    }
}
