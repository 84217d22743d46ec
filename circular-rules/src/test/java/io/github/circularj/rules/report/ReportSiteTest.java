package io.github.circularj.rules.report;

import static io.github.circularj.rules.report.ReportFixtures.phones;
import static io.github.circularj.rules.report.ReportFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportSiteTest {

    private static final ReportOptions OPTIONS = ReportOptions.defaults().withSyntheticData(true).withEvidenceLimit(5)
            .withTitle("示例 toy pilot");

    /** E5: every phone erased, no prohibited trade, no retention period declared: 62.50, NEEDS_IMPROVEMENT. */
    private static Scorecard uncapped() {
        return score(new ReportFixtures.Shop("E5", "Shop Five", OptionalDouble.empty(), phones(40, 0, 0)));
    }

    private static Scorecard city() {
        return score(new ReportFixtures.Shop("990100", "示例市 (fictional)", OptionalDouble.of(3), phones(10, 0, 0)));
    }

    private static ReportSite site(List<Scorecard> enterprises) {
        return ReportSite.builder(OPTIONS).city(city(), enterprises).enterprises(List.of(uncapped()))
                .experiment("Relaxed erasure, longer retention", ReportFixtures.experiment())
                .sensitivity("Retention swept", ReportFixtures.retentionSweep()).build();
    }

    private final ReportSite site = site(ReportFixtures.pilot());
    private final SortedMap<String, String> files = site.render();

    /**
     * Every file of the site, byte for byte, against {@code src/test/resources/report/site/}: what a reader
     * sees on each page (the ranking, the rules to act on, the parts, the links, the charts, the notes) is
     * pinned, so a change to a page is a reviewed change. Regenerate with {@code CIRCULAR_REGENERATE_GOLDENS=true}
     * and read the diff.
     */
    @Test
    void everyFileOfTheSiteIsExactlyItsGoldenFile() throws IOException {
        Path dir = Path.of("src/test/resources/report/site");
        if ("true".equals(System.getenv("CIRCULAR_REGENERATE_GOLDENS"))) {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            try (java.io.InputStream in = ReportSiteTest.class.getResourceAsStream("/report/site/" + f.getKey())) {
                assertThat(in).as("golden file report/site/" + f.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(f.getKey()).isEqualTo(f.getValue());
            }
        }
    }

    @Test
    void holdsAnIndexAPagePerCityAndEnterpriseAndPerExperimentWithJsonAndCsv() {
        assertThat(files.keySet()).containsExactly("cities.csv", "cities.json", "city-990100.csv", "city-990100.html",
                "city-990100.json", "enterprise-E1.csv", "enterprise-E1.html", "enterprise-E1.json", "enterprise-E2.csv",
                "enterprise-E2.html", "enterprise-E2.json", "enterprise-E3.csv", "enterprise-E3.html",
                "enterprise-E3.json", "enterprise-E4.csv", "enterprise-E4.html", "enterprise-E4.json",
                "enterprise-E5.csv", "enterprise-E5.html", "enterprise-E5.json", "enterprises.csv", "enterprises.json",
                "experiment-1.html", "experiment-1.json", "index.html", "sensitivity-1.html", "sensitivity-1.json");
    }

    @Test
    void ranksByBandThenScoreSoACappedSubjectRanksBelowABetterBandWithALowerScore() {
        // E1 and E3 score 75.00 but are capped NON_COMPLIANT; E5 scores 62.50 NEEDS_IMPROVEMENT.
        assertThat(site.enterprises()).extracting(Scorecard::subjectId).containsExactly("E2", "E5", "E1", "E3", "E4");
        assertThat(uncapped().band()).isEqualTo(Band.NEEDS_IMPROVEMENT);
        assertThat(uncapped().score()).isEqualTo(62.5);
        List<Scorecard> all = new ArrayList<>(ReportFixtures.pilot());
        all.add(uncapped());
        assertThat(OverviewReport.of(all, "pilot").ranking()).extracting(Scorecard::subjectId)
                .containsExactly("E2", "E5", "E1", "E3", "E4");
        String index = files.get("index.html");
        assertThat(index.indexOf("enterprise-E5.html")).isLessThan(index.indexOf("enterprise-E1.html"));
    }

    @Test
    void theSameSiteGivesTheSameBytesWhateverTheOrderOfItsScorecards() {
        List<Scorecard> shuffled = new ArrayList<>(ReportFixtures.pilot());
        Collections.reverse(shuffled);
        assertThat(site(shuffled).render()).isEqualTo(files);
    }

    @Test
    void everyPageIsWellFormedStampedSyntheticAndSelfContained() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Xhtml.parse(file.getValue());
            assertThat(Xhtml.withClass(doc, "stamp")).as(file.getKey()).hasSize(2);
            assertThat(Xhtml.elements(doc, Xhtml.XHTML, "script")).as(file.getKey()).isEmpty();
            assertThat(Xhtml.elements(doc, Xhtml.XHTML, "link")).as(file.getKey()).isEmpty();
            String withoutNamespaces = file.getValue().replace("xmlns=\"" + Xhtml.XHTML + "\"", "")
                    .replace("xmlns=\"" + Xhtml.SVG + "\"", "");
            assertThat(withoutNamespaces).as(file.getKey()).doesNotContain("http://", "https://", "@import", "url(");
            assertThat(file.getValue()).as(file.getKey()).contains(ReportSite.GENERATOR, "@page{size:A4", "\"Noto Sans CJK SC\"");
        }
    }

    @Test
    void everyLinkLeadsToAFileOfTheSiteAndEveryAnchorExists() {
        Pattern href = Pattern.compile("href=\"([^\"]*)\"");
        int links = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher m = href.matcher(file.getValue());
            while (m.find()) {
                links++;
                String[] parts = m.group(1).split("#", 2);
                String target = parts[0].isEmpty() ? file.getKey() : parts[0];
                assertThat(files).as(file.getKey() + " links to " + m.group(1)).containsKey(target);
                if (parts.length == 2) {
                    assertThat(files.get(target)).as(file.getKey() + " links to " + m.group(1))
                            .contains("id=\"" + parts[1] + "\"");
                }
            }
        }
        assertThat(links).isGreaterThan(60);
    }

    @Test
    void pagesLinkBothWaysBetweenIndexCityAndEnterprise() {
        assertThat(files.get("index.html")).contains("href=\"city-990100.html\"", "href=\"enterprise-E1.html\"",
                "href=\"experiment-1.html\"", "href=\"sensitivity-1.html\"");
        assertThat(files.get("city-990100.html")).contains("href=\"index.html\"", "href=\"enterprise-E1.html\"");
        assertThat(files.get("enterprise-E1.html")).contains("href=\"index.html\"", "href=\"city-990100.html\"",
                "href=\"experiment-1.html#subject-E1\"");
        // E2 moved band in the sweep (at 7 years); E1 did not
        assertThat(files.get("enterprise-E2.html")).contains("href=\"sensitivity-1.html\"", "moved band at at least 7 years");
        assertThat(files.get("enterprise-E1.html")).doesNotContain("sensitivity-1.html");
        // E5 is in no city: its page links to the index only
        assertThat(files.get("enterprise-E5.html")).contains("href=\"index.html\"").doesNotContain("city-990100.html");
    }

    @Test
    void theIndexSaysAsOfAndThePackOnceNotPerRow() {
        String index = files.get("index.html");
        // once for the cities and once for the enterprises (here the same toy pack), never per row
        assertThat(occurrences(index, "toy-enterprise 1")).isEqualTo(2);
        assertThat(occurrences(index, "2027-03-01")).isEqualTo(1);
        assertThat(index).contains("<dt>Enterprises</dt><dd>5 scored with toy-enterprise 1</dd>",
                "<dt>As of</dt><dd>2027-03-01</dd>");
    }

    @Test
    void anEnterprisePageListsTheFailedRulesFirstWithMeasurementTargetEvidenceAndSources() {
        Document doc = Xhtml.parse(files.get("enterprise-E4.html"));
        List<Element> cards = Xhtml.withClass(doc, "rule");
        // E4: SRC-PROHIBITED failed (mandatory, caps the band) before SRC-RETENTION (no retention declared)
        assertThat(cards).extracting(e -> e.getAttribute("id")).containsExactly("rule-SRC-PROHIBITED",
                "rule-SRC-RETENTION");
        String prohibited = cards.get(0).getTextContent();
        assertThat(prohibited).contains("not met", "Measured2", "zero (no tolerance)", "mandatory", "caps the band",
                "2 offending", "P000", "P001", "废旧金属收购业治安管理办法 Art. 8", "statute");
        assertThat(cards.get(1).getTextContent()).contains("insufficient evidence", "library default");
        assertThat(files.get("enterprise-E4.html")).contains("<details>", "<ul class=\"tree\">");
        // the other rules follow, each with its own anchor
        assertThat(files.get("enterprise-E4.html")).contains("<tr id=\"rule-DATA-ERASURE\"");
    }

    @Test
    void aSubjectWithNothingToActOnSaysSo() {
        assertThat(files.get("enterprise-E2.html")).contains("Rules to act on (0)", "No rule failed or lacked evidence.",
                "<h2>Rules</h2>");
    }

    @Test
    void theExperimentAndSweepPagesLinkToTheSubjectsThatMoved() {
        String experiment = files.get("experiment-1.html");
        assertThat(experiment).contains("<tr id=\"subject-E1\">", "<a href=\"enterprise-E1.html\"><code>E1</code></a>",
                "<a href=\"enterprise-E3.html\"><code>E3</code></a>");
        // At 5 years E1 and E3 fall but stay capped NON_COMPLIANT; at 7 years E2 falls out of EXEMPLARY.
        assertThat(files.get("sensitivity-1.html")).contains("<dt>at least 5 years</dt><dd>none</dd>",
                "<dt>at least 7 years</dt><dd><a href=\"enterprise-E2.html\"><code>E2</code></a></dd>");
    }

    @Test
    void fileNamesComeFromSubjectIdsSafely() {
        assertThat(ReportSite.enterprisePage("91330100MA27XK1A3B")).isEqualTo("enterprise-91330100MA27XK1A3B.html");
        assertThat(ReportSite.cityPage("990100")).isEqualTo("city-990100.html");
        assertThat(ReportSite.enterprisePage("../a b/杭")).isEqualTo("enterprise-_2E_2E_2Fa_20b_2F_E6_9D_AD.html");
        String longId = "x".repeat(300);
        String name = ReportSite.safeName(longId);
        assertThat(name).hasSize(100).startsWith("x".repeat(83) + "_").isEqualTo(ReportSite.safeName(longId));
        assertThat(ReportSite.safeName("x".repeat(299) + "y")).isNotEqualTo(name);
    }

    @Test
    void refusesIdsWhoseFileNamesDifferOnlyInCase() {
        Scorecard lower = score(new ReportFixtures.Shop("e1", "lower", OptionalDouble.of(3), phones(10, 0, 0)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportSite.builder(OPTIONS).enterprises(List.of(ReportFixtures.dealerOne(), lower)).build())
                .withMessageContaining("would both be written to enterprise-");
    }

    @Test
    void refusesScorecardsOfTwoDatesOrTwoPackVersionsAnEmptySiteAndASubjectTwice() {
        Scorecard later = ComplianceEngine.create().score(ReportFixtures.shops().get(1), ReportFixtures.pack(),
                LocalDate.of(2027, 6, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportSite.builder(OPTIONS).enterprises(List.of(ReportFixtures.dealerOne(), later))
                        .build())
                .withMessage("scorecard of \"E2\" is as of 2027-06-01 but of \"E1\" as of 2027-03-01; a site shows one"
                        + " scoring as of one date");
        Scorecard variant = ComplianceEngine.create().score(ReportFixtures.shops().get(1),
                ReportFixtures.relaxedErasureLongerRetention(), ReportFixtures.AS_OF);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportSite.builder(OPTIONS).enterprises(List.of(ReportFixtures.dealerOne(), variant))
                        .build())
                .withMessageContaining("enterprises were scored with two packs");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportSite.builder(OPTIONS).build())
                .withMessage("a site has no city and no enterprise; add some scorecards");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportSite.builder(OPTIONS).city(city(), List.of(ReportFixtures.dealerOne()))
                        .enterprises(List.of(ReportFixtures.dealerOne())))
                .withMessage("enterprise \"E1\" is added twice; a site lists each enterprise once");
    }

    @Test
    void writesEveryFileToANewDirectoryAndReplacesAnEarlierSite(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("site");
        Path index = Reports.site(site, dir);
        assertThat(index).isEqualTo(dir.toAbsolutePath().resolve("index.html"));
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).isEqualTo(files.get("index.html"));
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(files.keySet());
        }
        ReportSite smaller = ReportSite.builder(OPTIONS).enterprises(List.of(uncapped())).build();
        Reports.site(smaller, dir);
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    smaller.render().keySet());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void leavesADirectoryThatIsNotASiteUntouched(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> Reports.site(site, dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("exists and is neither empty nor a report site");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("mine");
        }
    }

    @Test
    void checkTargetAcceptsWhatWriteToReplacesAndRefusesTheRestWritingNothing(@TempDir Path tmp) throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertThat(ReportSite.checkTarget(fresh)).isEqualTo(fresh.toAbsolutePath().normalize());
        assertThat(fresh).doesNotExist();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(ReportSite.checkTarget(empty)).isEqualTo(empty.toAbsolutePath());
        Path earlier = tmp.resolve("earlier");
        Reports.site(site, earlier);
        assertThat(ReportSite.checkTarget(earlier)).isEqualTo(earlier.toAbsolutePath());
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> ReportSite.checkTarget(mine)).isInstanceOf(IOException.class)
                .hasMessage("directory " + mine.toAbsolutePath() + " exists and is neither empty nor a report site;"
                        + " remove it or choose another directory, so that no file of yours is replaced");
        Path file = Files.writeString(tmp.resolve("file.txt"), "a file");
        assertThatThrownBy(() -> ReportSite.checkTarget(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("exists and is neither empty nor a report site");
        assertThatThrownBy(() -> ReportSite.checkTarget(tmp.getRoot())).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write a site to the root directory");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("empty", "earlier", "mine",
                    "file.txt");
        }
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void aFailedWriteLeavesNoPartialSite(@TempDir Path tmp) throws IOException {
        // A file where the site's parent directory should be: nothing can be written, nothing is left.
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file");
        assertThatThrownBy(() -> Reports.site(site, blocker.resolve("site"))).isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("blocker");
        }
    }

    @Test
    void aSingleOverviewPageSaysASharedPackAndDateOnceAndKeepsTheColumnsWhenTheyDiffer() {
        String shared = OverviewReport.of(ReportFixtures.pilot(), "pilot").render(ReportFormat.HTML);
        assertThat(shared).contains("4 subjects, ranked by band, then score. Pack toy-enterprise 1. As of 2027-03-01.")
                .doesNotContain("<th>Pack</th>", "<th>As of</th>");
        assertThat(occurrences(shared, "toy-enterprise 1")).isEqualTo(1);
        Scorecard later = ComplianceEngine.create().score(ReportFixtures.shops().get(1), ReportFixtures.pack(),
                LocalDate.of(2027, 6, 1));
        String mixed = OverviewReport.of(List.of(ReportFixtures.dealerOne(), later), "mixed").render(ReportFormat.HTML);
        assertThat(mixed).contains("<th>As of</th>", "<td>2027-06-01</td>", "Pack toy-enterprise 1.")
                .doesNotContain("<th>Pack</th>", "As of 2027");
    }

    private static int occurrences(String text, String fragment) {
        int count = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            count++;
        }
        return count;
    }
}
