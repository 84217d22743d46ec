package io.github.circularj.cli;

import static io.github.circularj.cli.Cli.AS_OF;
import static io.github.circularj.cli.Cli.run;
import static io.github.circularj.cli.Cli.sampleArgs;
import static io.github.circularj.cli.Cli.sampleFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: each case is one clear line on stderr, no stack trace, the documented exit status, and no
 * report left behind (the output directory is not created, or left as it was).
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void setUp() {
        out = dir.resolve("report");
    }

    /** A score of the sample (plus extra arguments) into {@code out}. */
    private Cli.Run score(String... extra) {
        List<String> args = sampleArgs("score", "--as-of", AS_OF.toString(), "--out", out.toString());
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private void assertNothingWritten() throws IOException {
        assertThat(Cli.entries(dir)).as("nothing left in %s", dir).doesNotContain("report")
                .noneMatch(name -> name.contains("partial"));
    }

    @Test
    void aMissingFile() throws IOException {
        score(dir.resolve("missing.jsonl").toString()).failsWith(3, "missing.jsonl: no such file");
        assertNothingWritten();
    }

    @Test
    void aDirectoryInsteadOfAFile() throws IOException {
        score(Cli.SAMPLE.toString()).failsWith(3, "is a directory; name the ledger files in it");
        assertNothingWritten();
        run("validate", dir.toString()).failsWith(3, "is a directory");
    }

    @Test
    void aFileThatIsNotALedger() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jsonl"), "hello\n", StandardCharsets.UTF_8);
        score(text.toString()).failsWith(3, "notes.jsonl is not a ledger file");
        assertNothingWritten();
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "", StandardCharsets.UTF_8);
        run("validate", empty.toString()).failsWith(3, "empty.jsonl is not a ledger file");
    }

    @Test
    void anUnknownPack() throws IOException {
        score("--pack", "country").failsWith(2, "unknown pack \"country\"; the packs are enterprise");
        assertNothingWritten();
        run("rules", "--pack", "country").failsWith(2, "unknown pack");
    }

    @Test
    void anUnknownRuleInSet() throws IOException {
        score("--set", "NO-SUCH-RULE.target=1").failsWith(2, "has no rule NO-SUCH-RULE");
        assertNothingWritten();
    }

    @Test
    void anUnknownParameterInSet() throws IOException {
        score("--set", "DATA-ERASURE.window=3d").failsWith(2, "rule DATA-ERASURE has no parameter \"window\"; it has");
        assertNothingWritten();
    }

    @Test
    void aSetThatIsNotRuleDotParameterEqualsValue() throws IOException {
        score("--set", "DATA-ERASURE=1").failsWith(2, "is not RULE.PARAMETER=VALUE");
        score("--set", "DATA-ERASURE.target=lots").failsWith(2, "is not RULE.PARAMETER=VALUE");
        score("--set", "DATA-ERASURE.target=9kg").failsWith(2, "unknown unit \"kg\"");
        assertNothingWritten();
    }

    @Test
    void aValueOfTheWrongUnit() throws IOException {
        score("--set", "REFUND-7DAY.refund-window=48h").failsWith(2, "REFUND-7DAY's refund-window is in days, not in hours;"
                + " write a number of days such as 7 or 7d");
        score("--set", "DATA-ERASURE.target=3d").failsWith(2, "DATA-ERASURE's target is a share, not in days");
        assertNothingWritten();
    }

    @Test
    void aValueTheRuleRefuses() throws IOException {
        // a share above 1: the library's own message names the value and the rule
        score("--set", "DATA-ERASURE.target=1.5").failsWith(2, "--set DATA-ERASURE.target=1.5: ");
        score("--set", "REFUND-7DAY.refund-window=-1").failsWith(2, "--set REFUND-7DAY.refund-window=-1: ");
        assertNothingWritten();
    }

    @Test
    void aCityRuleWithoutTheCityPack() throws IOException {
        score("--set", "CITY-MARKET-GROWTH.target=10").failsWith(2, "names a rule of the city pack; add --pack city");
        assertNothingWritten();
    }

    @Test
    void anAsOfDateBeforeThePackExists() throws IOException {
        var first = io.github.circularj.rules.pilot.SecondhandPilot.enterprisePacks().versions().get(0);
        assertThat(first.effectivePeriod().start()).isEqualTo(java.time.LocalDate.of(2024, 12, 11));
        run(sampleArgs("score", "--as-of", "2024-12-10", "--out", out.toString()).toArray(String[]::new)).failsWith(2, "--as-of 2024-12-10: pack cn-secondhand-pilot-enterprise is not in"
                + " force on that date (version " + first.version() + " is in force from " + first.effectivePeriod().start());
        assertNothingWritten();
        run("rules", "--as-of", "2020-01-01").failsWith(2, "is not in force on that date");
        List<String> experiment = sampleArgs("experiment", "--as-of", "2020-01-01", "--set", "DATA-ERASURE.target=1");
        run(experiment.toArray(String[]::new)).failsWith(2, "is not in force on that date");
    }

    @Test
    void aDateThatIsNotADate() throws IOException {
        run(sampleArgs("score", "--as-of", "31/12/2025", "--out", out.toString()).toArray(String[]::new)).failsWith(2, "\"31/12/2025\" is not a date like 2025-12-31");
        assertNothingWritten();
    }

    @Test
    void anOutputDirectoryThatIsAFile() throws IOException {
        Files.writeString(out, "mine", StandardCharsets.UTF_8);
        score().failsWith(3, "--out " + out + " is a file, not a directory");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("mine");
        assertThat(Cli.entries(dir)).containsExactly("report");
    }

    @Test
    void anOutputDirectoryThatCannotBeWritten() throws IOException {
        // a regular file where a parent directory should be: no user, root included, can write below it
        Path blocker = Files.writeString(dir.resolve("blocker"), "mine", StandardCharsets.UTF_8);
        out = blocker.resolve("report");
        score().failsWith(3, "is a file, so no directory can be made in it");
        assertThat(Cli.entries(dir)).containsExactly("blocker");
        // and a directory that holds files of the user's is never replaced
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep", StandardCharsets.UTF_8);
        out = mine;
        Cli.Run r = score().failsWith(3, "exists and is neither empty nor a report site");
        assertThat(r.out()).as("refused before any work: nothing scored, nothing printed").isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(Cli.entries(mine)).containsExactly("notes.txt");
        assertThat(Cli.entries(dir)).containsExactly("blocker", "mine");
    }

    @Test
    void csvWithoutItsHeader() throws IOException {
        Path csv = Files.writeString(dir.resolve("trades.csv"), "record_id\r\n", StandardCharsets.UTF_8);
        score(csv.toString()).failsWith(2, "trades.csv holds CSV trade records, which do not say whose they are:"
                + " give --csv-header FILE");
        assertNothingWritten();
    }

    @Test
    void theSameEnterpriseTwice() throws IOException {
        score(sampleFiles().get(0).toString()).failsWith(2, "both hold enterprise");
        assertNothingWritten();
    }

    @Test
    void usageErrorsOfPicocliAreOneLineWithStatusTwo() {
        run("score", "--as-of").failsWith(2, "Missing required parameter");
        run("score", "x.jsonl").failsWith(2, "Missing required option: '--as-of=DATE'");
        run("score", "--as-of", "2025-12-31", "--format", "xml", "x.jsonl").failsWith(2, "--format");
        run("bogus").failsWith(2, "Unmatched argument");
        run().failsWith(2, "a command is missing");
        run("experiment", "--as-of", "2025-12-31", "x.jsonl").failsWith(2, "Missing required option: '--set");
        run("sample").failsWith(2, "Missing required option: '--out=DIR'");
    }

    @Test
    void sampleNeverWritesIntoADirectoryOfTheUsers() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep", StandardCharsets.UTF_8);
        run("sample", "--out", mine.toString()).failsWith(3, "exists and is not empty");
        assertThat(Cli.entries(mine)).containsExactly("notes.txt");
        run("sample", "--out", dir.resolve("s").toString(), "--enterprises", "0").failsWith(2, "--enterprises 0");
        assertThat(Cli.entries(dir)).containsExactly("mine");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Run r = run("score", "--verbose", "--as-of", AS_OF.toString(), dir.resolve("missing.jsonl").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.errLines().get(0)).contains("no such file");
        assertThat(r.err()).contains("\tat io.github.circularj.cli.");
    }

    @Test
    void aFailureWhileScoringLeavesAnEarlierSiteAsItWas() throws IOException {
        assertThat(score().exit()).isZero();
        List<String> before = Cli.entries(out);
        byte[] index = Files.readAllBytes(out.resolve("index.html"));
        List<String> args = new ArrayList<>(List.of("--set", "DATA-ERASURE.nope=1"));
        score(args.toArray(String[]::new)).failsWith(2, "no parameter");
        assertThat(Cli.entries(out)).isEqualTo(before);
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(index);
    }
}
