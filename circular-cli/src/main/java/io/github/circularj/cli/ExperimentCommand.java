package io.github.circularj.cli;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.experiment.SubjectComparison;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.report.ExperimentReport;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ReportSite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code circular experiment}: the enterprise pack as it is against the pack with {@code --set} applied. */
@Command(name = "experiment", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Scores every enterprise in the files twice as of a date, with the enterprise pack as it is"
                + " (baseline) and with the changes of --set (variant), and prints the score deltas, the band"
                + " migrations, statistics and the rules that moved subjects; with --out, writes the report site"
                + " with the experiment's page."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "2:Usage error: unknown option, rule or parameter; a bad value or unit; a date before the pack.",
            "3:An input cannot be read or the report site cannot be written.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular experiment examples/data/*.jsonl --as-of 2025-12-31 \\",
            "      --set DATA-ERASURE.weight=10",
            "  circular experiment ledgers/*.jsonl --as-of 2025-12-31 \\",
            "      --set REFUND-7DAY.refund-window=10d --set DATA-ERASURE.target=100%% \\",
            "      --out what-if"})
final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The date to score as of, e.g. 2025-12-31.")
    LocalDate asOf;

    @Option(names = "--set", required = true, paramLabel = "RULE.PARAM=VALUE", description = "A change of the variant:"
            + " a rule's parameter, target or weight, e.g. DATA-ERASURE.target=100%% (repeatable; see `circular rules`).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the comparison on stdout: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Nullable
    @Option(names = "--out", paramLabel = "DIR", description = "Write the report site (the baseline's pages and the"
            + " experiment's page) into DIR; an existing DIR is replaced only if it is empty or an earlier site.")
    Path out;

    @Mixin
    Common common;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr(), Progress.mode(common.quiet), System::nanoTime);
        List<Setting> settings = sets.stream().map(Setting::parse).collect(Collectors.toList());
        RulePack<EnterpriseSubject, Lifecycle> baseline = Packs.enterprise(asOf);
        RulePack<EnterpriseSubject, Lifecycle> variant = Packs.apply(baseline, settings, asOf)
                .withVersion(baseline.version() + "-variant");
        if (out != null) {
            Output.check(out);
        }
        List<Inputs.Input> inputs = Inputs.read(input.files, input.csvHeader(), progress);
        List<EnterpriseSubject> subjects = inputs.stream().map(Inputs.Input::subject).collect(Collectors.toList());
        ComplianceEngine engine = ComplianceEngine.builder()
                .parallelism(Runtime.getRuntime().availableProcessors()).build();
        ExperimentResult result = Inputs.rereading(() -> PolicyExperiment.compare(engine, baseline, variant, subjects, asOf));

        boolean synthetic = inputs.stream().allMatch(in -> in.header().synthetic());
        String changes = settings.stream().map(Setting::format).collect(Collectors.joining(", "));
        String title = String.format(Locale.ROOT, "Enterprises as of %s with %s", asOf, changes);
        ReportOptions options = ReportOptions.defaults().withSyntheticData(synthetic).withTitle(title);
        Path index = null;
        if (out != null) {
            List<io.github.circularj.rules.Scorecard> baselineCards = result.comparisons().stream()
                    .map(SubjectComparison::baseline).collect(Collectors.toList());
            ReportSite site = ReportSite.builder(options.withTitle(String.format(Locale.ROOT,
                    "%d enterprises from %d files, as of %s", subjects.size(), inputs.size(), asOf)))
                    .enterprises(baselineCards).experiment(title, result).build();
            index = Output.site(site, out);
        }
        stdout.print(ExperimentReport.of(result, options).render(format.report()));
        stdout.flush();
        if (index != null) {
            progress.note("Report site written to " + out + "; open " + index.toUri());
        }
        return ExitCodes.OK;
    }
}
