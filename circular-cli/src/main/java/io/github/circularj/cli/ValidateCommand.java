package io.github.circularj.cli;

import io.github.circularj.io.PlatformImport;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.platform.PlatformRecords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code circular validate}: imports each file and prints its import report. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Imports each file (Circular ledger files, Circular platform files, or CSV trade records with"
                + " --csv-header) and prints"
                + " its import report: what the header says, the records submitted, accepted, rejected and"
                + " unreadable, and the rejected and unreadable ones grouped by reason with the first few event ids"
                + " or line numbers. Exits with 1 if anything was rejected or unreadable."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Every file is clean: every record was read and every event accepted.",
            "1:Some record was rejected or could not be read (the report says which).",
            "2:Usage error.",
            "3:A file is missing, a directory, unreadable or not a ledger file at all.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular validate examples/data/*.jsonl",
            "  circular validate --quiet ledger.jsonl && echo clean",
            "  circular validate trades.csv --csv-header shop-header.jsonl"})
final class ValidateCommand implements Callable<Integer> {

    /** How many line numbers or event ids are shown per reason. */
    static final int FIRST = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    Common common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr(), Progress.mode(common.quiet), System::nanoTime);
        List<Path> platformFiles = input.files.stream().filter(Inputs::isPlatformFile).collect(Collectors.toList());
        List<Path> ledgerFiles = input.files.stream().filter(f -> !platformFiles.contains(f)).collect(Collectors.toList());
        Map<Path, String> reports = new HashMap<>();
        boolean clean = true;
        if (!ledgerFiles.isEmpty()) {
            for (Inputs.Input in : Inputs.read(ledgerFiles, input.csvHeader(), progress)) {
                reports.put(in.file(), report(in));
                clean &= in.read().report().isClean();
            }
        }
        List<PlatformImport> platforms = Inputs.readPlatforms(platformFiles);
        for (int i = 0; i < platforms.size(); i++) {
            reports.put(platformFiles.get(i), report(platformFiles.get(i), platforms.get(i)));
            clean &= platforms.get(i).result().report().isClean();
        }
        for (Path file : input.files) {
            out.print(reports.get(file));
        }
        out.flush();
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The report of one platform file. */
    static String report(Path file, PlatformImport in) {
        PlatformRecords.Report report = in.result().report();
        StringBuilder s = new StringBuilder();
        var header = in.header();
        s.append(file).append(": ").append(report.isClean() ? "clean" : "NOT CLEAN").append(" (platform file)\n");
        s.append("  platform    ").append(header.enterprise().name()).append(" (").append(header.enterprise().creditCode())
                .append("), ").append(header.enterprise().city().name()).append(" (").append(header.enterprise().city().code())
                .append(")\n");
        s.append("  period      ").append(header.period()).append(header.synthetic() ? ", synthetic data" : "").append('\n');
        s.append(String.format(Locale.ROOT, "  sellers     %,d%n", in.result().records().sellerCount()));
        s.append(String.format(Locale.ROOT, "  records     %,d submitted: %,d accepted, %,d refused, %,d unreadable%n",
                report.submitted(), report.accepted(), report.rejected().size(), report.unreadableCount()));
        if (!report.rejected().isEmpty()) {
            s.append("  refused records by reason:\n");
            Map<String, List<PlatformRecords.Rejected>> byReason = new TreeMap<>();
            for (PlatformRecords.Rejected r : report.rejected()) {
                byReason.computeIfAbsent(r.kind() + ", " + r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        k -> new ArrayList<>()).add(r);
            }
            byReason.forEach((reason, list) -> s.append(String.format(Locale.ROOT, "    %-28s %,6d  e.g. %s%n", reason,
                    list.size(), list.stream().limit(FIRST).map(PlatformRecords.Rejected::id).collect(Collectors.joining(", "))
                            + (list.size() > FIRST ? ", ..." : ""))));
        }
        unreadable(s, report.unreadable(), report.unreadableCount());
        return s.toString();
    }

    /** The report of one file. */
    static String report(Inputs.Input in) {
        LedgerReport report = in.read().report();
        StringBuilder s = new StringBuilder();
        var header = in.header();
        s.append(in.file()).append(": ").append(report.isClean() ? "clean" : "NOT CLEAN").append('\n');
        s.append("  enterprise  ").append(header.enterprise().name()).append(" (").append(header.enterprise().creditCode())
                .append("), ").append(header.enterprise().city().name()).append(" (").append(header.enterprise().city().code())
                .append(")\n");
        s.append("  period      ").append(header.period()).append(header.synthetic() ? ", synthetic data" : "").append('\n');
        s.append(String.format(Locale.ROOT, "  items       %,d%n", in.items()));
        s.append(String.format(Locale.ROOT, "  records     %,d submitted: %,d events accepted, %,d rejected, %,d unreadable%n",
                report.submitted(), report.accepted(), report.rejectedCount(), report.unreadableCount()));
        if (report.rejectedCount() > 0) {
            s.append("  rejected events by reason")
                    .append(report.keepsEveryRejection() ? ""
                            : String.format(Locale.ROOT, " (examples from the first %,d of %,d kept)", report.rejected().size(),
                                    report.rejectedCount()))
                    .append(":\n");
            Map<RejectedEvent.Reason, List<RejectedEvent>> byReason = new TreeMap<>();
            for (RejectedEvent r : report.rejected()) {
                byReason.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(r);
            }
            report.rejectedByReason().forEach((reason, n) -> {
                List<RejectedEvent> list = byReason.getOrDefault(reason, List.of());
                s.append(String.format(Locale.ROOT, "    %-20s %,6d  e.g. %s%n",
                        reason.name().toLowerCase(Locale.ROOT).replace('_', ' '), n, list.isEmpty() ? "(none kept)"
                                : list.stream().limit(FIRST).map(r -> r.event().id().toString()).collect(Collectors.joining(", "))
                                        + (n > FIRST ? ", ..." : "")));
            });
        }
        unreadable(s, report.unreadable(), report.unreadableCount());
        return s.toString();
    }

    /** The unreadable lines of a file by reason, with the first few line numbers of each. */
    private static void unreadable(StringBuilder s, List<UnreadableRecord> kept, long count) {
        if (count == 0) {
            return;
        }
        s.append("  unreadable lines by reason")
                .append(count > kept.size() ? String.format(Locale.ROOT, " (the first %,d of %,d kept)", kept.size(), count) : "")
                .append(":\n");
        Map<String, List<UnreadableRecord>> byReason = new LinkedHashMap<>();
        for (UnreadableRecord r : kept) {
            String key = r.field().map(f -> "field \"" + f + "\": ").orElse("") + r.reason();
            byReason.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        byReason.forEach((reason, list) -> s.append(String.format(Locale.ROOT, "    %s%n      %,d %s: %s%n",
                reason, list.size(), list.size() == 1 ? "line" : "lines", list.stream().limit(FIRST)
                        .map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                        + (list.size() > FIRST ? ", ..." : ""))));
    }
}
