package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a site may be written and what writing it leaves: a new or empty directory, or a site written before
 * (replaced whole, nothing left beside it); never a directory of other files. And the file names of subjects.
 */
class SiteFilesTest {

    private static ReportSite site() {
        return ReportSite.builder(ReportOptions.defaults().withTitle("示例 site")).enterprises(ReportFixtures.pilot()).build();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSiteReplacesASiteWholeAndLeavesNothingBeside(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("site");
        Path index = site().writeTo(dir);
        assertThat(index).isEqualTo(dir.toAbsolutePath().normalize().resolve(ReportSite.INDEX)).exists();
        Files.writeString(dir.resolve("stale.html"), "from an earlier site");
        assertThat(site().writeTo(dir)).exists();
        assertThat(names(dir)).doesNotContain("stale.html").contains(ReportSite.INDEX);
        assertThat(names(parent)).containsExactly("site");
        // an empty directory is written
        Path empty = Files.createDirectory(parent.resolve("empty"));
        assertThat(site().writeTo(empty)).exists();
        assertThat(names(parent)).containsExactly("empty", "site");
    }

    @Test
    void aDirectoryOfOtherFilesIsNeverReplaced(@TempDir Path parent) throws IOException {
        Path mine = Files.createDirectory(parent.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> site().writeTo(mine)).isInstanceOf(IOException.class)
                .hasMessageContaining("exists and is neither empty nor a report site");
        assertThat(names(mine)).containsExactly("notes.txt");
        // an index page that no site wrote
        Path other = Files.createDirectory(parent.resolve("other"));
        Files.writeString(other.resolve(ReportSite.INDEX), "<html>my page</html>");
        assertThatThrownBy(() -> ReportSite.checkTarget(other)).isInstanceOf(IOException.class);
        // a site with a directory put into it
        Path site = parent.resolve("site");
        site().writeTo(site);
        Files.createDirectory(site.resolve("extra"));
        assertThatThrownBy(() -> ReportSite.checkTarget(site)).isInstanceOf(IOException.class);
        // a file where the site would go
        Path file = Files.writeString(parent.resolve("file.html"), "x");
        assertThatThrownBy(() -> ReportSite.checkTarget(file)).isInstanceOf(IOException.class);
        assertThat(ReportSite.checkTarget(parent.resolve("new"))).isEqualTo(parent.resolve("new").toAbsolutePath().normalize());
    }

    @Test
    void aSubjectsFileNameKeepsLettersDigitsAndHyphensAndEncodesTheRest() {
        assertThat(ReportSite.safeName("azAZ09-")).isEqualTo("azAZ09-");
        // the characters just outside each kept range
        assertThat(ReportSite.safeName("`{@[/:.")).isEqualTo("_60_7B_40_5B_2F_3A_2E");
        assertThat(ReportSite.safeName("杭")).isEqualTo("_E6_9D_AD");
        String hundred = "x".repeat(100);
        assertThat(ReportSite.safeName(hundred)).isEqualTo(hundred);
        assertThat(ReportSite.safeName(hundred + "x")).hasSize(100).startsWith("x".repeat(83) + "_");
    }
}
