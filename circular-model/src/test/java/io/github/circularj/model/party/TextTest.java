package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void fullWidthFormsRunFromU_FF01ToU_FF5E() {
        assertThat(Text.isFullWidth('\uFF00')).isFalse();
        assertThat(Text.isFullWidth('\uFF01')).isTrue();
        assertThat(Text.isFullWidth('１')).isTrue();
        assertThat(Text.isFullWidth('\uFF5E')).isTrue();
        assertThat(Text.isFullWidth('\uFF5F')).isFalse();
        assertThat(Text.isFullWidth('1')).isFalse();
    }

    @Test
    void namesTheKindOfAWrongCharacter() {
        assertThat(Text.kindOf('a')).isEqualTo("lower-case letter");
        assertThat(Text.kindOf('z')).isEqualTo("lower-case letter");
        assertThat(Text.kindOf('`')).isEqualTo("character");
        assertThat(Text.kindOf('{')).isEqualTo("character");
        assertThat(Text.kindOf('Ａ')).isEqualTo("full-width character");
        assertThat(Text.kindOf('\t')).isEqualTo("whitespace character");
        assertThat(Text.kindOf('\u00A0')).as("a no-break space is a space character").isEqualTo("whitespace character");
        assertThat(Text.kindOf('#')).isEqualTo("character");
    }
}
