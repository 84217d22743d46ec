package io.github.circularj.benchmarks;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.io.LedgerWriter;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ScorecardReport;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Import of the Circular ledger format (issue 19) against its limit, and end to end.
 *
 * <p>The file: enterprise 0 (the trade-in electronics dealer, whose histories are the longest) of the
 * benchmarks' synthetic pilot ({@link Ledgers#pilot}), {@value #ITEMS} items, written grouped by
 * {@link LedgerWriter} into memory and into a temporary file once per fork. Each fork prints its size and
 * its number of events, from which events per second are computed (one thread throughout).
 * <ul>
 * <li>{@code rawScan} (the limit): Jackson's streaming parser over the same bytes, every token read and
 *     every string and number materialised as text, nothing built;</li>
 * <li>{@code importJsonLines}: {@link LedgerReader#read(java.io.InputStream, String)}: lines split, parsed,
 *     every model value built and validated, every history replayed through the transition table, the
 *     in-memory ledger and its report built;</li>
 * <li>{@code fileToScorecard}: {@link LedgerReader#read(Path)} (a checking pass over the file) and the
 *     enterprise pack's score over the streaming ledger (a second pass over the file);</li>
 * <li>{@code fileToReport} (issue 26, the whole path a user takes): {@code fileToScorecard}, then the
 *     scorecard's HTML page and JSON report rendered, as {@code circular score --out} writes them.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class LedgerImportBenchmark {

    /** Items in the file. */
    static final int ITEMS = 20_000;

    private static final JsonFactory JSON = new JsonFactory();

    private byte[] bytes;
    private Path file;
    private final ComplianceEngine engine = ComplianceEngine.create();

    /**
     * Writes the file.
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SyntheticPilot pilot = Ledgers.pilot(1, ITEMS);
        Ledger ledger = Ledgers.materialised(pilot, 0).ledger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWriter.defaults().withSynthetic(true).writeJsonLines(ledger, out);
        bytes = out.toByteArray();
        file = Files.createTempFile("ledger-import-benchmark", ".jsonl");
        Files.write(file, bytes);
        long events = ledger.lifecycles().mapToLong(l -> l.size()).sum();
        System.err.printf("ledger file: %d items, %d events, %d bytes%n", ITEMS, events, bytes.length);
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Jackson's raw token scan of the bytes: the limit.
     *
     * @return a checksum of the tokens, so that nothing is optimised away
     */
    @Benchmark
    public long rawScan() {
        long sum = 0;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                        || t == JsonToken.PROPERTY_NAME) {
                    sum += p.getString().length();
                } else {
                    sum++;
                }
            }
        }
        return sum;
    }

    /**
     * Imports the bytes into an in-memory ledger.
     *
     * @return the import
     * @throws IOException never (the bytes are in memory)
     */
    @Benchmark
    public LedgerImport importJsonLines() throws IOException {
        return LedgerReader.defaults().read(new ByteArrayInputStream(bytes), "benchmark.jsonl");
    }

    /**
     * Reads the file (a streaming ledger) and scores it.
     *
     * @return the scorecard
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public Scorecard fileToScorecard() throws IOException {
        LedgerImport read = LedgerReader.defaults().read(file);
        EnterpriseSubject subject = EnterpriseSubject.of(read.ledger(),
                read.header().profile().orElse(io.github.circularj.model.party.EnterpriseProfile.UNDECLARED));
        return engine.score(subject, SecondhandPilot.enterprisePack(), Ledgers.AS_OF);
    }

    /**
     * Reads the file, scores it and renders the scorecard's HTML page and JSON report.
     *
     * @return the lengths of the two reports, so that nothing is optimised away
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long fileToReport() throws IOException {
        ScorecardReport report = ScorecardReport.of(fileToScorecard(), ReportOptions.defaults().withSyntheticData(true));
        return report.render(ReportFormat.HTML).length() + (long) report.render(ReportFormat.JSON).length();
    }
}
