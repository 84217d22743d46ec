package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.ValueContract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private static final EventType[] ALL = EventType.values();

    /** The types whose bits are set in {@code bits}, as a plain set: the definition the class must agree with. */
    private static Set<EventType> subset(long bits) {
        EnumSet<EventType> set = EnumSet.noneOf(EventType.class);
        for (EventType type : ALL) {
            if ((bits >>> type.ordinal() & 1L) != 0) {
                set.add(type);
            }
        }
        return set;
    }

    private static long subsets() {
        return (1L << ALL.length) - 1;
    }

    @Test
    void holdsTheTypesGivenEachOnceAndListsThemInDeclarationOrder() {
        EventTypes sales = EventTypes.of(EventType.EXPORTED, EventType.SOLD, EventType.SOLD);
        assertThat(sales.contains(EventType.SOLD)).isTrue();
        assertThat(sales.contains(EventType.EXPORTED)).isTrue();
        assertThat(sales.contains(EventType.COLLECTED)).isFalse();
        assertThat(sales.size()).isEqualTo(2);
        assertThat(sales.isEmpty()).isFalse();
        assertThat(sales).hasToString("[SOLD, EXPORTED]");
        assertThat(sales.toSet()).containsExactly(EventType.SOLD, EventType.EXPORTED);
    }

    @Test
    void theEmptySetHoldsNothingAndMeetsNothing() {
        EventTypes none = EventTypes.copyOf(List.of());
        assertThat(none).isEqualTo(EventTypes.none()).hasToString("[]");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.size()).isZero();
        assertThat(none.intersects(EventTypes.of(EventType.SOLD))).isFalse();
        assertThat(none.toSet()).isEmpty();
    }

    @Test
    void equalWhenTheyHoldTheSameTypesHoweverBuilt() {
        EventTypes a = EventTypes.of(EventType.SOLD, EventType.RETURNED);
        EventTypes b = EventTypes.copyOf(List.of(EventType.RETURNED, EventType.SOLD, EventType.RETURNED));
        ValueContract.assertValueSemantics(a, b, List.of(EventTypes.of(EventType.SOLD),
                EventTypes.of(EventType.SOLD, EventType.RETURNED, EventType.LISTED), EventTypes.none()));
        assertThat(a.equals(a.toSet())).as("not equal to a plain Set").isFalse();
    }

    @Test
    void theSetReturnedIsACopyThatCannotBeChanged() {
        Set<EventType> set = EventTypes.of(EventType.SOLD).toSet();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> set.add(EventType.LISTED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullsNamingTheArgument() {
        assertThatNullPointerException().isThrownBy(() -> EventTypes.of(null)).withMessage("first");
        assertThatNullPointerException().isThrownBy(() -> EventTypes.of(EventType.SOLD, (EventType[]) null))
                .withMessage("more");
        assertThatNullPointerException().isThrownBy(() -> EventTypes.of(EventType.SOLD, EventType.LISTED, null))
                .withMessage("more holds a null type");
        assertThatNullPointerException().isThrownBy(() -> EventTypes.copyOf(null)).withMessage("types");
        assertThatNullPointerException().isThrownBy(() -> EventTypes.copyOf(Arrays.asList(EventType.SOLD, null)))
                .withMessage("types holds a null type");
        EventTypes sold = EventTypes.of(EventType.SOLD);
        assertThatNullPointerException().isThrownBy(() -> sold.contains(null)).withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> sold.intersects(null)).withMessage("other");
    }

    @Test
    void agreesWithASetOfTheSameTypes() {
        qt().forAll(longs().between(0, subsets())).checkAssert(bits -> {
            Set<EventType> expected = subset(bits);
            EventTypes types = EventTypes.copyOf(expected);
            assertThat(types.toSet()).isEqualTo(expected);
            assertThat(types.size()).isEqualTo(expected.size());
            assertThat(types.isEmpty()).isEqualTo(expected.isEmpty());
            assertThat(types.toString()).isEqualTo(new ArrayList<>(expected).toString());
            for (EventType type : ALL) {
                assertThat(types.contains(type)).isEqualTo(expected.contains(type));
            }
        });
    }

    @Test
    void intersectsExactlyWhenTheSetsShareAType() {
        qt().forAll(longs().between(0, subsets()), longs().between(0, subsets())).checkAssert((x, y) -> {
            Set<EventType> shared = subset(x);
            shared.retainAll(subset(y));
            assertThat(EventTypes.copyOf(subset(x)).intersects(EventTypes.copyOf(subset(y))))
                    .isEqualTo(!shared.isEmpty());
        });
    }
}
