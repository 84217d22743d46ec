package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ParameterTest {

    private static final Citation STATUTE = Citation.of("消费者权益保护法", "Art. 25", Basis.STATUTE);
    private static final LocalDate Y2027 = LocalDate.of(2027, 1, 1);

    private static Parameter dated() {
        return Parameter.of("refund-window", "the longest time to refund", Unit.DAYS, List.of(
                new Parameter.Value(EffectivePeriod.from(Y2027), 5, STATUTE, OptionalDouble.empty()),
                new Parameter.Value(EffectivePeriod.until(Y2027), 7, STATUTE, OptionalDouble.empty())));
    }

    @Test
    void aDatedParameterAnswersTheValueInForceOnADateInOrderOfStart() {
        Parameter p = dated();
        assertThat(p.values()).extracting(Parameter.Value::amount).containsExactly(7.0, 5.0);
        assertThat(p.amountOn(Y2027.minusDays(1))).isEqualTo(7.0);
        assertThat(p.amountOn(Y2027)).isEqualTo(5.0);
        assertThat(p.latest().amount()).isEqualTo(5.0);
        assertThat(p.name()).isEqualTo("refund-window");
        assertThat(p.description()).isEqualTo("the longest time to refund");
        assertThat(p.unit()).isEqualTo(Unit.DAYS);
        assertThat(p.format(7)).isEqualTo("7 days");
        assertThat(p.isOverridden()).isFalse();
        assertThat(p).hasToString("refund-window = 7 days (before 2027-01-01), 5 days (from 2027-01-01)");
    }

    @Test
    void anOverrideReplacesEveryValueAndRemembersTheSourcesOnceOnly() {
        Parameter once = dated().overriddenWith(10);
        Parameter twice = once.overriddenWith(12);
        assertThat(once.isOverridden()).isTrue();
        assertThat(twice.values()).extracting(v -> v.replaced().getAsDouble()).containsExactly(7.0, 5.0);
        assertThat(twice.amountOn(Y2027)).isEqualTo(12.0);
        assertThat(twice.toString()).contains("12 days (from 2027-01-01; overrides 5 days)");
        assertThat(once).isNotEqualTo(dated()).isEqualTo(dated().overriddenWith(10));
        assertThat(once.hashCode()).isEqualTo(dated().overriddenWith(10).hashCode());
    }

    @Test
    void valuesNeverOverlapAndAParameterHasOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", Unit.DAYS, List.of(
                new Parameter.Value(EffectivePeriod.ALWAYS, 1, STATUTE, OptionalDouble.empty()),
                new Parameter.Value(EffectivePeriod.from(Y2027), 2, STATUTE, OptionalDouble.empty()))))
                .withMessageContaining("overlap");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", Unit.DAYS, List.of()))
                .withMessage("parameter w has no value; give it at least one");
        assertThatIllegalStateException().isThrownBy(() -> Parameter.of("w", "d", Unit.DAYS, List.of(
                new Parameter.Value(EffectivePeriod.from(Y2027), 1, STATUTE, OptionalDouble.empty()))).amountOn(Y2027.minusDays(1)))
                .withMessageContaining("has no value in force on 2026-12-31");
    }

    @Test
    void namesDescriptionsAndAmountsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("Refund Window", "d", 1, Unit.DAYS, STATUTE))
                .withMessageContaining("is not lower-case words joined by hyphens");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", " ", 1, Unit.DAYS, STATUTE))
                .withMessageContaining("description");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", -1, Unit.DAYS, STATUTE))
                .withMessageContaining("is not a finite number from 0 to 1000000000");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", 1.0e9 + 1, Unit.DAYS, STATUTE));
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", Double.NaN, Unit.DAYS, STATUTE));
        assertThat(Parameter.of("w", "d", 1.0e9, Unit.DAYS, STATUTE).latest().amount()).isEqualTo(1.0e9);
        assertThat(Parameter.of("w", "d", 0, Unit.DAYS, STATUTE).latest().amount()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Parameter.of("w", "d", 1.5, Unit.SHARE, STATUTE))
                .withMessageContaining("is above 1; a share is in [0, 1]");
        assertThat(Parameter.of("w", "d", 1, Unit.SHARE, STATUTE).latest().amount()).isEqualTo(1.0);
        assertThatIllegalArgumentException().isThrownBy(() -> dated().overriddenWith(-3));
    }

    @Test
    void aRulesParametersAreLookedUpByNameAndDate() {
        Parameters p = Parameters.of(List.of(dated()), LocalDate.of(2026, 6, 1));
        assertThat(p.value("refund-window")).isEqualTo(7.0);
        assertThat(p.valueOn("refund-window", Y2027)).isEqualTo(5.0);
        assertThat(p.all()).containsExactly(dated());
        assertThat(p.actsIn()).isEqualTo(EffectivePeriod.ALWAYS);
        assertThat(p.forActs(EffectivePeriod.from(Y2027)).actsIn()).isEqualTo(EffectivePeriod.from(Y2027));
        assertThat(p.toString()).contains("as of 2026-06-01").doesNotContain("acts");
        assertThat(p.forActs(EffectivePeriod.from(Y2027)).toString()).endsWith(", acts from 2027-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> p.value("window"))
                .withMessage("parameter \"window\" is unknown; the rule has parameters refund-window");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.of(List.of(), Y2027).value("window"))
                .withMessage("parameter \"window\" is unknown; the rule has no parameters");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.of(List.of(dated(), dated()), Y2027))
                .withMessageContaining("is given twice");
    }
}
