package io.github.circularj.examples;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads ledger files (by default the synthetic sample in {@code examples/data/}), scores each enterprise
 * with {@link SecondhandPilot#enterprisePack()} as of the last day of its reporting period, and prints
 * what each import reported and a ranked overview. A grouped file is streamed from disk on every pass,
 * never held in memory whole.
 *
 * <pre>
 * java -cp ... io.github.circularj.examples.ImportExample [DIR]
 * </pre>
 */
public final class ImportExample {

    private ImportExample() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the directory of {@code .jsonl} files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : ExampleOptions.defaultData();
        System.out.print(run(dir, System.out));
    }

    /** Reads and scores every ledger file of a directory; prints the imports to {@code log}, returns the overview. */
    static String run(Path dir, PrintStream log) throws IOException {
        List<Scorecard> cards = score(dir, log);
        boolean synthetic = true;
        for (Path file : files(dir)) {
            synthetic &= LedgerReader.defaults().readHeader(file).synthetic();
        }
        ReportOptions options = ReportOptions.defaults().withSyntheticData(synthetic).withEvidenceLimit(3)
                .withTitle("Ledger files in " + dir.getFileName());
        return OverviewReport.of(cards, options).render(ReportFormat.TEXT);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
        }
    }

    static List<Scorecard> score(Path dir, PrintStream log) throws IOException {
        ComplianceEngine engine = ComplianceEngine.create();
        List<Scorecard> cards = new ArrayList<>();
        for (Path file : files(dir)) {
            LedgerImport read = LedgerReader.defaults().read(file);
            log.printf(Locale.ROOT, "%s: %s, %d events accepted, %d rejected, %d lines unreadable%n", file.getFileName(),
                    read.header().enterprise().name(), read.report().accepted(), read.report().rejectedCount(),
                    read.report().unreadableCount());
            EnterpriseProfile profile = read.header().profile().orElse(EnterpriseProfile.UNDECLARED);
            LocalDate asOf = read.header().period().endInclusive();
            cards.add(engine.score(EnterpriseSubject.of(read.ledger(), profile), SecondhandPilot.enterprisePack(), asOf));
        }
        return cards;
    }
}
