package io.github.circularj.benchmarks;

import io.github.circularj.flink.PilotScoringJob;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * A timed {@code main} (issues 21 and 26): items a second through circular-flink's {@link PilotScoringJob} on a local
 * environment (one JVM, the given parallelism), against {@link ComplianceEngine#scoreAll} over the same ledger files
 * read by {@link LedgerReader} (streaming, two threads), run several times each, alternating; prints min, median and
 * max. Both check that they give the same scorecards. Run it with {@code benchmarks/flink-throughput.sh}.
 *
 * <p>Arguments: enterprises (default 4), items per enterprise (default 25,000), runs (default 5), parallelism
 * (default 2), warm-up runs (default 0: each of both, alternating, before the measured runs and not counted, for the
 * JIT and Flink's classes as JMH's warm-up iterations). The files are written once, to a temporary directory, from the
 * benchmarks' synthetic pilot.
 */
public final class FlinkThroughput {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    /**
     * Whether the job runs in batch mode, as its {@code main} runs it ({@code -Dflink.batch=true}), or in streaming mode
     * (the default), as a job that reads the files among other streams does.
     */
    private static final boolean BATCH = Boolean.getBoolean("flink.batch");

    private FlinkThroughput() {
    }

    /**
     * Runs the comparison.
     *
     * @param args enterprises, items per enterprise, runs, parallelism, warm-up runs; all optional
     * @throws Exception if a file cannot be written or the job fails
     */
    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long items = args.length > 1 ? Long.parseLong(args[1]) : 25_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int parallelism = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        SyntheticPilot.Builder b = SyntheticPilot.builder().seed(1).cities(1).enterprisesPerCity(enterprises)
                .itemsPerEnterprise(items).period(ReportingPeriod.ofYear(2026));
        for (Violation v : Violation.values()) {
            b.violationRate(v, 0.02);
        }
        Path dir = Files.createTempDirectory("flink-throughput");
        try {
            List<Path> files = SyntheticFiles.write(b.build(), dir);
            long total = enterprises * items;
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf(Locale.ROOT, "%d files, %,d items, %.1f MB; parallelism %d, %s mode; %d runs each after %d"
                    + " warm-up runs%n", files.size(), total, bytes / 1048576.0, parallelism, BATCH ? "batch" : "streaming",
                    runs, warmups);
            for (int w = 0; w < warmups; w++) {
                long start = System.nanoTime();
                library(files, parallelism);
                double lib = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                flink(files, parallelism);
                System.out.printf(Locale.ROOT, "warm-up %d: scoreAll %.2f s, Flink %.2f s (not counted)%n", w + 1, lib,
                        (System.nanoTime() - start) / 1e9);
            }
            double[] library = new double[runs];
            double[] flink = new double[runs];
            List<String> expected = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                List<String> lines = library(files, parallelism);
                library[r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                List<String> job = flink(files, parallelism);
                flink[r] = (System.nanoTime() - start) / 1e9;
                if (!job.equals(lines)) {
                    throw new IllegalStateException("the job's scorecards differ from scoreAll's in run " + (r + 1));
                }
                expected = lines;
                System.out.printf(Locale.ROOT, "run %d: scoreAll %.2f s, Flink %.2f s%n", r + 1, library[r], flink[r]);
            }
            System.out.printf(Locale.ROOT, "scoreAll (LedgerReader + engine): %s items/s (min / median / max)%n",
                    rates(total, library));
            System.out.printf(Locale.ROOT, "Flink job (local environment):    %s items/s (min / median / max)%n",
                    rates(total, flink));
            System.out.printf(Locale.ROOT, "median time, Flink / scoreAll:    %.1fx; %d scorecards equal in every run%n",
                    median(flink) / median(library), expected.size());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<String> library(List<Path> files, int parallelism) throws IOException {
        List<EnterpriseSubject> subjects = new ArrayList<>();
        for (Path f : files) {
            LedgerImport read = LedgerReader.defaults().read(f);
            subjects.add(EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        List<Scorecard> cards = ComplianceEngine.builder().parallelism(parallelism).build()
                .scoreAll(subjects, SecondhandPilot.enterprisePack(), AS_OF);
        return cards.stream().map(io.github.circularj.flink.ReportLines::jsonLine).sorted().toList();
    }

    @SuppressWarnings("try")
    private static List<String> flink(List<Path> files, int parallelism) throws Exception {
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
        if (BATCH) {
            // as PilotScoringJob.main runs it: bounded files in batch mode
            env.setRuntimeMode(org.apache.flink.api.common.RuntimeExecutionMode.BATCH);
        }
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = PilotScoringJob.build(env, new PilotScoringJob.Settings(files, AS_OF,
                parallelism)).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out.stream().sorted().toList();
    }

    private static String rates(long items, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%,.0f / %,.0f / %,.0f", items / sorted[sorted.length - 1], items / median(seconds),
                items / sorted[0]);
    }

    private static double median(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
