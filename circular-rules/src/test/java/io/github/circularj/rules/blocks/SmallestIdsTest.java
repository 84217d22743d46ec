package io.github.circularj.rules.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmallestIdsTest {

    @Test
    void keepsTheSmallestUpToTheLimit() {
        SmallestIds ids = new SmallestIds(2);
        List.of("P-9", "P-1", "P-4", "P-1").forEach(ids::offer);
        assertThat(ids.toList()).containsExactly("P-1", "P-4");
        SmallestIds none = new SmallestIds(0);
        none.offer("P-1");
        assertThat(none.toList()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new SmallestIds(-1)).withMessageContaining("limit \"-1\"");
    }

    @Test
    void anySplitMergedKeepsTheOnePassIdsWhichAreTheSmallestOfAll() {
        qt().forAll(lists().of(integers().between(0, 500)).ofSizeBetween(0, 60), integers().between(0, 60),
                integers().between(0, 8)).checkAssert((values, cut, limit) -> {
                    List<String> all = values.stream().map(v -> String.format("I-%03d", v)).toList();
                    SmallestIds left = new SmallestIds(limit);
                    SmallestIds right = new SmallestIds(limit);
                    for (int i = 0; i < all.size(); i++) {
                        (i < cut ? left : right).offer(all.get(i));
                    }
                    left.addAll(right);
                    List<String> expected = all.stream().distinct().sorted().limit(limit).collect(Collectors.toList());
                    assertThat(left.toList()).isEqualTo(expected);
                });
    }
}
