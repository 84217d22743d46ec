package io.github.circularj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@code circular} in-process with captured stdout and stderr; the sample files and library expectations. */
final class Cli {

    /** The committed synthetic sample. */
    static final Path SAMPLE = sample();

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /**
     * One run.
     *
     * @param exit the exit status
     * @param out what was printed on stdout
     * @param err what was printed on stderr
     */
    record Run(int exit, String out, String err) {

        /** The lines on stderr. */
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Asserts a failure reported the documented way: one line on stderr, no stack trace, the exit status. */
        Run failsWith(int status, String messagePart) {
            assertThat(exit).as("exit status; stderr: %s", err).isEqualTo(status);
            // progress lines of the files read before the failure may come first; the error is one line, the last
            List<String> lines = errLines();
            assertThat(lines).as("stderr").isNotEmpty();
            assertThat(lines.stream().filter(l -> l.startsWith("circular"))).as("error lines in %s", err).hasSize(1);
            String error = lines.get(lines.size() - 1);
            assertThat(error).startsWith("circular").contains(messagePart);
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
            return this;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Circular.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** examples/data, from the module directory (as Maven runs tests) or from the repository root. */
    private static Path sample() {
        Path fromModule = Path.of("..", "examples", "data");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "data");
    }

    /** The sample's ledger files, sorted. */
    static List<Path> sampleFiles() {
        try (Stream<Path> list = Files.list(SAMPLE)) {
            return list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sampleArgs(String... before) {
        List<String> args = new ArrayList<>(List.of(before));
        sampleFiles().forEach(p -> args.add(p.toString()));
        return args;
    }

    /** What the library gives for the files: each enterprise scored with the enterprise pack. */
    static List<Scorecard> libraryScores(List<Path> files, LocalDate asOf) throws IOException {
        List<Scorecard> cards = new ArrayList<>();
        for (Path file : files) {
            var read = LedgerReader.defaults().read(file);
            cards.add(ComplianceEngine.create().score(EnterpriseSubject.of(read.ledger(),
                    read.header().profile().orElse(EnterpriseProfile.UNDECLARED)),
                    SecondhandPilot.enterprisePacks().asOf(asOf).orElseThrow(), asOf));
        }
        return cards;
    }

    /** The entries of a directory, names only, sorted; empty if it does not exist. */
    static List<String> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
