package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndMarkdownReportTest {

    @Test
    void chineseCharactersTakeTwoTerminalColumns() {
        assertThat(DisplayWidth.of("杭州")).isEqualTo(4);
        assertThat(DisplayWidth.of("Hangzhou")).isEqualTo(8);
        assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("\uD83D\uDE00")).isEqualTo(2);
    }

    @Test
    void textTableColumnsLineUpByDisplayWidthWithChineseCells() {
        String text = Reports.render(ReportFixtures.dealerOne(), ReportFormat.TEXT);
        List<String> lines = Arrays.asList(text.split("\n"));
        int header = lines.indexOf("Criterion                 Weight   Score  Points");
        // The criteria table's last column is right-aligned, so every line of it ends in the same display column.
        List<String> table = lines.subList(header, header + 4);
        assertThat(table).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(table.get(0)));
        assertThat(table.get(2)).startsWith("Data protection 数据保护       1");
    }

    @Test
    void textCellsAreKeptToOneLine() {
        TextTable table = new TextTable(List.of("a", "b")).row("x\ny", "z");
        StringBuilder out = new StringBuilder();
        try {
            table.writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(out.toString().split("\n")).hasSize(3).contains("x y  z");
    }

    @Test
    void markdownEscapesPipesAndEmphasis() {
        assertThat(MarkdownRenderer.escape("a|b *c* _d_ <e>")).isEqualTo("a\\|b \\*c\\* \\_d\\_ \\<e\\>");
    }

    @Test
    void everyMarkdownTableRowHasTheHeadersNumberOfCells() {
        String name = "Pipe | shop 示例";
        String md = Reports.render(ReportFixtures.score(new ReportFixtures.Shop("E9", name,
                java.util.OptionalDouble.of(3), ReportFixtures.phones(10, 0, 0))), ReportFormat.MARKDOWN);
        List<String> rows = Arrays.stream(md.split("\n")).filter(l -> l.startsWith("| Rule") || l.startsWith("| DATA")
                || l.startsWith("| SRC")).toList();
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.replace("\\|", "").chars().filter(c -> c == '|').count())
                .isEqualTo(12));
        assertThat(md).contains("Pipe \\| shop 示例");
    }
}
