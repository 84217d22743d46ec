package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hash set of the platform reader's duplicate check agrees with a HashSet, zero and growth included. */
class LongHashSetTest {

    @Test
    void addAnswersAsAHashSetDoesForAnyValues() {
        qt().forAll(lists().of(longs().between(-3, 3).mix(longs().all(), 50)).ofSizeBetween(0, 3_000)).checkAssert(values -> {
            LongHashSet set = new LongHashSet();
            Set<Long> expected = new HashSet<>();
            for (long v : values) {
                assertThat(set.add(v)).as("add %s", v).isEqualTo(expected.add(v));
            }
        });
    }

    @Test
    void theHashOfAnIdDependsOnEveryCharacter() {
        assertThat(LongHashSet.hash("L-0001")).isNotEqualTo(LongHashSet.hash("L-0002")).isNotEqualTo(LongHashSet.hash("L-001"));
        assertThat(LongHashSet.hash("ab")).isNotEqualTo(LongHashSet.hash("ba"));
        assertThat(LongHashSet.hash("L-0001")).isEqualTo(LongHashSet.hash(new String("L-0001")));
    }
}
