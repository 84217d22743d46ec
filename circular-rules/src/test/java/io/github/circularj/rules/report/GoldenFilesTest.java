package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format of a small fixed scorecard, overview, experiment and sensitivity sweep, compared byte for byte with the files under
 * {@code src/test/resources/report/}. To change the output on purpose, run the build with the environment
 * variable {@code CIRCULAR_REGENERATE_GOLDENS=true}, read the diff, and commit it.
 */
class GoldenFilesTest {

    private static final ReportOptions OPTIONS = ReportOptions.defaults().withSyntheticData(true).withEvidenceLimit(5);

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aScorecardRendersExactlyAsTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = ScorecardReport.of(ReportFixtures.dealerOne(), OPTIONS).render(format);
        compare("scorecard." + format.fileExtension(), rendered);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anOverviewRendersExactlyAsTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = OverviewReport.of(ReportFixtures.pilot(), OPTIONS.withTitle("示例 toy pilot overview"))
                .render(format);
        compare("overview." + format.fileExtension(), rendered);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anExperimentRendersExactlyAsTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = ExperimentReport.of(ReportFixtures.experiment(), OPTIONS).render(format);
        compare("experiment." + format.fileExtension(), rendered);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aSensitivitySweepRendersExactlyAsTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = SensitivityReport.of(ReportFixtures.retentionSweep(), OPTIONS.withTitle("示例 retention sweep"))
                .render(format);
        compare("sensitivity." + format.fileExtension(), rendered);
    }

    private static void compare(String name, String rendered) throws IOException {
        byte[] actual = rendered.getBytes(StandardCharsets.UTF_8);
        if ("true".equals(System.getenv("CIRCULAR_REGENERATE_GOLDENS"))) {
            Path file = Path.of("src/test/resources/report", name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
        }
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/report/" + name)) {
            assertThat(in).as("golden file report/" + name).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered);
        }
    }
}
