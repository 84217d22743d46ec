package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ItemIdTest {

    @Test
    void printsAsItsValueAndOrdersByIt() {
        assertThat(ItemId.of("HZ-2025-000123")).hasToString("HZ-2025-000123");
        assertThat(new TreeSet<>(List.of(ItemId.of("b"), ItemId.of("a")))).containsExactly(ItemId.of("a"), ItemId.of("b"));
        assertThat(ItemId.of("杭州-1").value()).isEqualTo("杭州-1");
    }

    @Test
    void rejectsABlankId() {
        assertThatIllegalArgumentException().isThrownBy(() -> ItemId.of(" "))
                .withMessage("itemId \" \" is blank; it needs at least one visible character");
    }

    @Test
    void rejectsSurroundingWhitespaceWithoutTrimming() {
        assertThatIllegalArgumentException().isThrownBy(() -> ItemId.of(" A1"))
                .withMessage("itemId \" A1\" has leading or trailing whitespace; text is taken as given and never trimmed");
    }

    @Test
    void rejectsAControlCharacter() {
        assertThatIllegalArgumentException().isThrownBy(() -> ItemId.of("A\n1"))
                .withMessageContaining("has a control character at position 2");
    }

    @Test
    void rejectsATooLongId() {
        assertThatIllegalArgumentException().isThrownBy(() -> ItemId.of("x".repeat(129)))
                .withMessageContaining("has 129 characters; at most 128 are allowed");
    }
}
