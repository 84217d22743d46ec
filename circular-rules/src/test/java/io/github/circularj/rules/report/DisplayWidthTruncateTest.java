package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTruncateTest {

    @Test
    void keepsTextThatFits() {
        assertThat(DisplayWidth.truncate("Lunvale Motors", 14)).isEqualTo("Lunvale Motors");
    }

    @Test
    void shortensLongTextToTheColumnsWithAnEllipsis() {
        assertThat(DisplayWidth.truncate("Lunvale Motors Co., Ltd.", 10)).isEqualTo("Lunvale M\u2026");
        assertThat(DisplayWidth.of(DisplayWidth.truncate("Lunvale Motors Co., Ltd.", 10))).isEqualTo(10);
    }

    @Test
    void countsChineseCharactersAsTwoColumns() {
        // 杭州二手回收 is 12 columns; 7 columns leave room for three characters (6) and the ellipsis.
        assertThat(DisplayWidth.truncate("杭州二手回收", 7)).isEqualTo("杭州二\u2026");
    }
}
