package io.github.circularj.examples;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.City;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.experiment.Sensitivity;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ReportSite;
import io.github.circularj.rules.report.Reports;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's run command: generates a synthetic secondhand-goods pilot (3 fictional cities, 24
 * enterprises, 30,000 items by default), scores every enterprise with
 * {@link SecondhandPilot#enterprisePack()} and every city with {@link SecondhandPilot#cityPack()} as of
 * a fixed date, compares the enterprises with a stricter pack and sweeps the DATA-ERASURE threshold (as
 * {@link PolicyExperimentExample} does), prints a ranked overview, and writes a linked report site to
 * {@code examples/target/pilot-report/}: {@code index.html}, a page per city and per enterprise, and the
 * experiment and sweep pages, with JSON and CSV next to them.
 *
 * <pre>
 * ./mvnw -B -q -Prun -pl examples -am package
 * java -cp ... io.github.circularj.examples.PilotOverview --as-of 2026-12-31 --seed 2026 --items 30000 --out DIR
 * </pre>
 *
 * <p>The default output directory is {@code examples/target/pilot-report} when run from the repository
 * root, and {@code target/pilot-report} when run from the examples module's directory: the same place.
 */
public final class PilotOverview {

    /** Progress is shown on stderr when at least this many items are asked for. */
    static final long PROGRESS_THRESHOLD = 5_000;

    static final String USAGE = String.join("\n",
            "usage: PilotOverview [--as-of YYYY-MM-DD] [--seed N] [--items N] [--out DIR] [--help]",
            "",
            "Scores a synthetic secondhand-goods pilot with the built-in pilot packs and writes a report site.",
            "",
            "  --as-of  the date to score as of (default " + ExampleOptions.DEFAULT_AS_OF + "); the reporting",
            "           period is the year that ends on it",
            "  --seed   the seed of the synthetic pilot (default " + ExampleOptions.DEFAULT_SEED + ")",
            "  --items  items in the whole pilot, spread over " + SyntheticPilots.enterprises()
                    + " enterprises (default " + ExampleOptions.DEFAULT_ITEMS + ")",
            "  --out    where to write the report site (default examples/target/pilot-report); an existing",
            "           directory is replaced only if it is empty or an earlier site",
            "  --help   print this message");

    private PilotOverview() {
    }

    /**
     * Runs the example and exits with status 1 if the site cannot be written, 2 on a bad command line.
     *
     * @param args the options; see {@code --help}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example; returns the exit status: 0 on success, 1 if the site cannot be written, 2 on a bad
     * command line.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ExampleOptions options;
        try {
            options = ExampleOptions.parse(args, ExampleOptions.defaultOut("pilot-report"),
                    ExampleOptions.DEFAULT_ITEMS);
        } catch (ExampleOptions.UsageException e) {
            err.println("PilotOverview: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        long started = System.nanoTime();
        SyntheticPilot pilot = SyntheticPilots.build(options.seed(), options.items(), options.asOf());
        boolean progress = options.items() >= PROGRESS_THRESHOLD;
        // Subjects are scored on every core; the scorecards do not depend on the number of threads.
        ComplianceEngine engine = ComplianceEngine.builder()
                .parallelism(Runtime.getRuntime().availableProcessors()).build();

        List<Scorecard> enterprises = new ArrayList<>();
        Map<City, List<Scorecard>> byCity = new LinkedHashMap<>();
        List<CitySubject> citySubjects = new ArrayList<>();
        for (City city : pilot.cities()) {
            List<EnterpriseSubject> subjects = pilot.enterpriseSubjectsOf(city);
            List<Scorecard> cards = engine.scoreAll(subjects, SecondhandPilot.enterprisePack(), options.asOf());
            byCity.put(city, cards);
            enterprises.addAll(cards);
            // The city is scored from these scorecards; its enterprises are not scored a second time.
            Map<EnterpriseSubject, Scorecard> scored = new IdentityHashMap<>();
            for (int i = 0; i < subjects.size(); i++) {
                scored.put(subjects.get(i), cards.get(i));
            }
            citySubjects.add(CitySubject.derived(city, subjects, pilot.statisticsOf(city).toCityStatistics())
                    .derive(scored::get));
            if (progress) {
                err.printf(Locale.ROOT, "scored %d of %d enterprises (%,d items)%n", enterprises.size(),
                        pilot.enterprises().size(), enterprises.size() * pilot.itemsPerEnterprise());
            }
        }
        if (progress) {
            err.println("scoring " + pilot.cities().size() + " cities from their enterprises ...");
        }
        List<Scorecard> cities = new ArrayList<>();
        for (CitySubject city : citySubjects) {
            cities.add(engine.score(city, SecondhandPilot.cityPack(), options.asOf()));
        }

        if (progress) {
            err.println("comparing with a stricter pack and sweeping " + SecondhandPilot.DATA_ERASURE + " ...");
        }
        RulePack<EnterpriseSubject, Lifecycle> baseline = SecondhandPilot.enterprisePack();
        ExperimentResult experiment = PolicyExperiment.compare(engine, baseline,
                PolicyExperimentExample.stricter(baseline), pilot.enterpriseSubjects(), options.asOf());
        SensitivityResult sweep = Sensitivity.sweep(engine, baseline, SecondhandPilot.DATA_ERASURE,
                PolicyExperimentExample.ERASURE_THRESHOLDS, pilot.enterpriseSubjects(), options.asOf());

        String title = "Synthetic pilot, " + pilot.cities().size() + " cities, " + enterprises.size() + " enterprises, "
                + String.format(Locale.ROOT, "%,d", pilot.itemCount()) + " items, as of " + options.asOf();
        ReportOptions base = pilot.reportOptions().withEvidenceLimit(5);
        OverviewReport enterpriseOverview = OverviewReport.of(enterprises, base.withTitle(title + ": enterprises"));
        OverviewReport cityOverview = OverviewReport.of(cities, base.withTitle(title + ": cities"));

        out.print(cityOverview.render(ReportFormat.TEXT));
        out.println();
        out.print(enterpriseOverview.render(ReportFormat.TEXT));

        ReportSite.Builder site = ReportSite.builder(base.withTitle(title));
        for (int i = 0; i < cities.size(); i++) {
            site.city(cities.get(i), byCity.get(pilot.cities().get(i)));
        }
        site.experiment("Enterprises if DATA-ERASURE were 100 % now and Traceability weighed twice", experiment)
                .sensitivity("Enterprises against the DATA-ERASURE threshold", sweep);
        Path dir = options.out();
        Path index;
        try {
            index = Reports.site(site.build(), dir);
        } catch (IOException e) {
            err.println("PilotOverview: cannot write the report site: " + e.getMessage());
            return 1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println();
        out.printf(Locale.ROOT, "Scored %d enterprises and %d cities (%,d items) in %.1f s.%n", enterprises.size(),
                cities.size(), pilot.itemCount(), millis / 1000.0);
        out.println("Report site (HTML pages, with JSON and CSV) written to " + dir.toAbsolutePath().normalize());
        out.println("Open " + index.toUri());
        return 0;
    }
}
