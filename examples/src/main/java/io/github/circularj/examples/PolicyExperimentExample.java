package io.github.circularj.examples;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.experiment.Sensitivity;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.ExperimentReport;
import io.github.circularj.rules.report.Report;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.SensitivityReport;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * "What if the data-erasure rule were 100 % now, and traceability weighed twice as much?": compares the
 * built-in enterprise pack with that stricter variant over a synthetic pilot's enterprises and cities,
 * sweeps DATA-ERASURE's threshold from 90 % to 100 %, prints the results and writes them as HTML and
 * JSON to {@code examples/target/policy-experiment/}.
 *
 * <p>Options as for {@link PilotOverview} ({@code --as-of}, {@code --seed}, {@code --items},
 * {@code --out}, {@code --help}); the default pilot is smaller (6,000 items), since every subject is
 * scored once per pack and once per swept value.
 */
public final class PolicyExperimentExample {

    static final long DEFAULT_ITEMS = 6_000;

    /** The DATA-ERASURE thresholds swept. */
    static final List<Double> ERASURE_THRESHOLDS = List.of(0.90, 0.95, 0.97, 0.99, 1.0);

    static final String USAGE = String.join("\n",
            "usage: PolicyExperimentExample [--as-of YYYY-MM-DD] [--seed N] [--items N] [--out DIR] [--help]",
            "",
            "Compares the pilot enterprise pack with a stricter variant (DATA-ERASURE at 100 % now,",
            "Traceability weight doubled) over a synthetic pilot, and sweeps DATA-ERASURE's threshold.",
            "",
            "  --as-of  the date to score as of (default " + ExampleOptions.DEFAULT_AS_OF + ")",
            "  --seed   the seed of the synthetic pilot (default " + ExampleOptions.DEFAULT_SEED + ")",
            "  --items  items in the whole pilot (default " + DEFAULT_ITEMS + ")",
            "  --out    where to write the reports (default examples/target/policy-experiment)",
            "  --help   print this message");

    private PolicyExperimentExample() {
    }

    /**
     * Runs the example and exits with status 2 on a bad command line.
     *
     * @param args the options; see {@code --help}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The stricter variant: DATA-ERASURE at 100 % from now on, and the Traceability criterion's weight doubled. */
    static RulePack<EnterpriseSubject, Lifecycle> stricter(RulePack<EnterpriseSubject, Lifecycle> baseline) {
        double traceability = baseline.criteria().stream()
                .filter(c -> c.name().equals(SecondhandPilot.TRACEABILITY)).findFirst().orElseThrow().weight();
        return baseline.withTarget(SecondhandPilot.DATA_ERASURE, Target.atLeast(1.0, Unit.SHARE))
                .withWeight(SecondhandPilot.TRACEABILITY, 2 * traceability)
                .withVersion(baseline.version() + "-stricter");
    }

    /** Runs the example; returns the exit status: 0 on success, 2 on a bad command line. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ExampleOptions options;
        try {
            options = ExampleOptions.parse(args, ExampleOptions.defaultOut("policy-experiment"), DEFAULT_ITEMS);
        } catch (ExampleOptions.UsageException e) {
            err.println("PolicyExperimentExample: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        SyntheticPilot pilot = SyntheticPilots.build(options.seed(), options.items(), options.asOf());
        ComplianceEngine engine = ComplianceEngine.builder()
                .parallelism(Runtime.getRuntime().availableProcessors()).build();
        RulePack<EnterpriseSubject, Lifecycle> baseline = SecondhandPilot.enterprisePack();
        RulePack<EnterpriseSubject, Lifecycle> variant = stricter(baseline);

        ExperimentResult enterprises = PolicyExperiment.compare(engine, baseline, variant, pilot.enterpriseSubjects(),
                options.asOf());
        ExperimentResult cities = PolicyExperiment.compareDerived(engine, baseline, variant, SecondhandPilot.cityPack(),
                SecondhandPilot.cityPack(), pilot.derivedCitySubjects(), options.asOf());
        SensitivityResult sweep = Sensitivity.sweep(engine, baseline, SecondhandPilot.DATA_ERASURE,
                ERASURE_THRESHOLDS, pilot.enterpriseSubjects(), options.asOf());

        ReportOptions base = ReportOptions.defaults().withSyntheticData(pilot.isSynthetic());
        Report enterpriseReport = ExperimentReport.of(enterprises, base.withTitle(
                "Enterprises: DATA-ERASURE 100 % now and Traceability weighted twice, as of " + options.asOf()));
        Report cityReport = ExperimentReport.of(cities, base.withTitle(
                "Cities, from their re-scored enterprises, as of " + options.asOf()));
        Report sweepReport = SensitivityReport.of(sweep, base.withTitle(
                "Enterprises against the DATA-ERASURE threshold, as of " + options.asOf()));

        out.print(enterpriseReport.render(ReportFormat.TEXT));
        out.println();
        out.print(cityReport.render(ReportFormat.TEXT));
        out.println();
        out.print(sweepReport.render(ReportFormat.TEXT));

        Path dir = options.out();
        try {
            Files.createDirectories(dir);
            write(dir, "experiment-enterprises", enterpriseReport);
            write(dir, "experiment-cities", cityReport);
            write(dir, "sensitivity-data-erasure", sweepReport);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + dir.toAbsolutePath(), e);
        }
        out.println();
        out.println("Reports (HTML, JSON) written to " + dir.toAbsolutePath().normalize());
        out.println("Open " + dir.resolve("experiment-enterprises.html").toAbsolutePath().normalize().toUri());
        return 0;
    }

    private static void write(Path dir, String name, Report report) throws IOException {
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.JSON)) {
            Path file = dir.resolve(name + "." + format.fileExtension());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                report.writeTo(format, writer);
            }
        }
    }
}
