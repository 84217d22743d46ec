package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExampleOptionsTest {

    private static final Path DEFAULT_OUT = Path.of("target", "x");

    @Test
    void withoutArgumentsGivesTheDefaults() {
        ExampleOptions options = ExampleOptions.parse(new String[0], DEFAULT_OUT, 30_000);
        assertThat(options).isEqualTo(new ExampleOptions(LocalDate.of(2026, 12, 31), 2026, 30_000, DEFAULT_OUT, false));
    }

    @Test
    void readsValuesAfterASpaceOrAnEqualsSign() {
        ExampleOptions options = ExampleOptions.parse(
                new String[] {"--as-of=2027-03-31", "--seed", "5", "--items=1_000", "--out", "/tmp/r"}, DEFAULT_OUT, 1);
        assertThat(options).isEqualTo(new ExampleOptions(LocalDate.of(2027, 3, 31), 5, 1000, Path.of("/tmp/r"), false));
    }

    @Test
    void theDefaultOutputDirectoryIsTheModulesTargetFromTheModuleDirectory() {
        // Surefire runs in the examples module's directory, which has no examples/pom.xml below it.
        assertThat(ExampleOptions.defaultOut("pilot-report")).isEqualTo(Path.of("target", "pilot-report"));
    }
}
