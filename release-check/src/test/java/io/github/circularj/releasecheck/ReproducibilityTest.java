package io.github.circularj.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two staged trees: identical passes, a byte changed or a file missing fails, deploy metadata is ignored. */
class ReproducibilityTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static void tree(Path root, String jarContent, String metadata) throws IOException {
        Path dir = Files.createDirectories(root.resolve("io/github/circularj/circular-model/1.0.0"));
        Files.writeString(dir.resolve("circular-model-1.0.0.jar"), jarContent);
        Files.writeString(dir.resolve("circular-model-1.0.0.pom"), "<project/>");
        Files.writeString(dir.getParent().resolve("maven-metadata.xml"), metadata);
    }

    @Test
    void identicalTreesPassWhateverTheDeployMetadataSays() throws IOException {
        tree(first, "jar", "<lastUpdated>20260101000000</lastUpdated>");
        tree(second, "jar", "<lastUpdated>20260102000000</lastUpdated>");
        assertThat(Reproducibility.compare(first, second)).isEmpty();
    }

    @Test
    void aChangedByteFailsNamingTheFile() throws IOException {
        tree(first, "jar", "");
        tree(second, "jaR", "");
        assertThat(Reproducibility.compare(first, second)).singleElement().asString()
                .startsWith("io/github/circularj/circular-model/1.0.0/circular-model-1.0.0.jar: differs between the two builds");
    }

    @Test
    void aFileInOneBuildOnlyFails() throws IOException {
        tree(first, "jar", "");
        tree(second, "jar", "");
        Files.writeString(second.resolve("io/github/circularj/circular-model/1.0.0/extra.txt"), "x");
        assertThat(Reproducibility.compare(first, second))
                .containsExactly("io/github/circularj/circular-model/1.0.0/extra.txt: only in the second build");
    }

    @Test
    void treesWithoutJarsProveNothing() throws IOException {
        assertThat(Reproducibility.compare(first, second)).containsExactly("no jar in both builds: nothing was compared");
    }
}
