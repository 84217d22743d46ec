package io.github.circularj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar ({@code target/circular.jar}, bound to the integration-test phase) run as a separate process
 * on the committed sample, directly and through {@code bin/circular}, as a user runs it.
 */
class CircularJarIT {

    private static final Path JAR = Path.of(System.getProperty("circular.jar", "target/circular.jar"));
    private static final Path LAUNCHER = Path.of("..", "bin", "circular");

    @TempDir
    Path dir;

    /**
     * One process.
     *
     * @param exit its exit status
     * @param out its stdout
     * @param err its stderr
     */
    private record Proc(int exit, String out, String err) {
    }

    private Proc exec(List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 2 minutes").isTrue();
        return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theJarScoresTheSampleAsTheLibraryDoesAndWritesTheSite() throws Exception {
        assertThat(JAR).as("the shaded jar is built in the package phase").isRegularFile();
        Path site = dir.resolve("site");
        List<String> command = java("score", "--as-of", Cli.AS_OF.toString(), "--out", site.toString());
        Cli.sampleFiles().forEach(f -> command.add(f.toString()));
        Proc p = exec(command);
        assertThat(p.exit()).as(p.err()).isZero();
        String expected = OverviewReport.of(Cli.libraryScores(Cli.sampleFiles(), Cli.AS_OF), ReportOptions.defaults()
                .withSyntheticData(true).withTitle("4 enterprises from 4 files, as of " + Cli.AS_OF)).render(ReportFormat.TEXT);
        assertThat(p.out()).isEqualTo(expected);
        assertThat(p.err()).contains("index.html").doesNotContain("SLF4J");
        assertThat(site.resolve("index.html")).isRegularFile();
    }

    @Test
    void theJarReportsBadInputInOneLineWithItsStatus() throws Exception {
        Proc p = exec(java("validate", dir.resolve("missing.jsonl").toString()));
        assertThat(p.exit()).isEqualTo(3);
        assertThat(p.err().lines()).hasSize(1).first().asString().startsWith("circular validate: ").contains("no such file");
        Proc usage = exec(java("score", "--pack", "x"));
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err().lines()).hasSize(1);
    }

    @Test
    void theLauncherFindsTheBuiltJar() throws Exception {
        Proc p = exec(List.of("sh", LAUNCHER.toString(), "--version"));
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).startsWith("circular " + Circular.Version.version());
        Proc sample = exec(List.of("sh", LAUNCHER.toString(), "sample", "--out", dir.resolve("s").toString(), "--items", "40"));
        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(Cli.entries(dir.resolve("s"))).hasSize(4);
    }

    @Test
    void theBashCompletionScriptIsBesideTheJar() throws IOException {
        Path script = JAR.resolveSibling("circular_completion");
        assertThat(script).isRegularFile();
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertThat(text).contains("complete -F").contains("circular").contains("validate").contains("--fail-below");
    }
}
