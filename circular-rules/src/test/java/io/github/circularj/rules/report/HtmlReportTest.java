package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Scorecard;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {

    private static Document scorecardPage() {
        return Xhtml.parse(Reports.render(ReportFixtures.dealerOne(), ReportFormat.HTML));
    }

    @Test
    void thePageIsWellFormedXhtmlDeclaringUtf8() {
        Document doc = scorecardPage();
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(Xhtml.elements(doc, Xhtml.XHTML, "meta")).anyMatch(m -> m.getAttribute("charset").equals("utf-8"));
    }

    @Test
    void thePageLoadsNothingFromOutside() {
        String html = Reports.render(ReportFixtures.dealerOne(), ReportFormat.HTML);
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.elements(doc, "*", "script")).isEmpty();
        assertThat(Xhtml.elements(doc, "*", "link")).isEmpty();
        assertThat(Xhtml.elements(doc, "*", "img")).isEmpty();
        assertThat(html).doesNotContain("src=", "href=", "url(", "@import");
    }

    @Test
    void theCriterionChartHasABarForTheTotalAndEachRatedCriterionInItsBandColour() {
        Document doc = scorecardPage();
        List<Element> svgs = Xhtml.elements(doc, Xhtml.SVG, "svg");
        assertThat(svgs).hasSize(1);
        List<Element> bars = Xhtml.elements(doc, Xhtml.SVG, "rect");
        assertThat(bars).hasSize(3);
        // The total, 75 of 100, is NON_COMPLIANT (capped): red, three quarters of the 400-pixel scale.
        assertThat(bars.get(0).getAttribute("fill")).isEqualTo(HtmlRenderer.colour(io.github.circularj.rules.Band.NON_COMPLIANT));
        assertThat(bars.get(0).getAttribute("width")).isEqualTo("300");
    }

    @Test
    void theFindingsTableHasOneRowPerFindingWithItsCitation() {
        Document doc = scorecardPage();
        List<Element> rows = Xhtml.elements(doc, Xhtml.XHTML, "tr");
        assertThat(rows).hasSize(1 + 3);
        assertThat(rows.get(1).getTextContent()).contains("DATA-ERASURE", ReportFixtures.ERASURE_STANDARD_TITLE,
                "12 offending: P000");
    }

    @Test
    void theOverviewRankingBarsAreSortedByScoreThenSubjectId() {
        Document doc = Xhtml.parse(Reports.renderOverview(ReportFixtures.pilot(), ReportFormat.HTML, "示例"));
        List<Element> labels = Xhtml.elements(doc, Xhtml.SVG, "g").stream()
                .map(g -> (Element) g.getElementsByTagNameNS(Xhtml.SVG, "text").item(0)).toList();
        assertThat(labels).extracting(Element::getTextContent).containsExactly("1. E2 样例 Refurbisher Two",
                "2. E1 示例 Dealer One", "3. E3 Dealer Three", "4. E4 Market Four");
        assertThat(Xhtml.elements(doc, Xhtml.SVG, "rect")).extracting(r -> r.getAttribute("width"))
                .containsExactly("400", "300", "300", "100");
    }

    @Test
    void textNeedingEscapeSurvivesAsText() {
        String name = "示例 <b>bold</b> & \"q\" 'a'";
        Scorecard card = ReportFixtures.score(new ReportFixtures.Shop("E9", name, OptionalDouble.of(3),
                ReportFixtures.phones(10, 0, 0)));
        Document doc = Xhtml.parse(Reports.render(card, ReportFormat.HTML));
        assertThat(Xhtml.elements(doc, Xhtml.XHTML, "b")).isEmpty();
        assertThat(Xhtml.elements(doc, Xhtml.XHTML, "h1").get(0).getTextContent()).isEqualTo("Scorecard: E9 " + name);
    }

    @Test
    void charactersXmlCannotCarryBecomeTheReplacementCharacter() {
        assertThat(HtmlRenderer.escape("a\u0001b\uFFFEc\uD800")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    }
}
