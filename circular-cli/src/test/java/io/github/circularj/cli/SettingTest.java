package io.github.circularj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.rules.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@code --set RULE.NAME=VALUE}: what is written is read back, and units are checked. */
class SettingTest {

    private static final String[] RULES = {"DATA-ERASURE", "REFUND-7DAY", "SRC-REGISTRATION", "CITY-MARKET-GROWTH", "X1"};
    private static final String[] NAMES = {"target", "weight", "refund-window", "minimum-acts", "flash-passes", "a1"};

    private static Gen<BigDecimal> amounts() {
        return longs().between(-1_000_000_000L, 1_000_000_000L).zip(integers().between(0, 6),
                (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    private static Gen<Optional<Setting.Suffix>> suffixes() {
        return Generate.enumValues(Setting.Suffix.class).map(Optional::of).mix(Generate.constant(Optional.empty()), 30);
    }

    @Test
    void aSettingReadsBackFromWhatItWrites() {
        qt().forAll(Generate.pick(java.util.List.of(RULES)), Generate.pick(java.util.List.of(NAMES)), amounts(), suffixes())
                .checkAssert((rule, name, amount, suffix) -> {
                    Setting s = new Setting(rule, name, amount, suffix);
                    assertThat(Setting.parse(s.format())).isEqualTo(s);
                    assertThat(Setting.parse(s.format()).format()).isEqualTo(s.format());
                });
    }

    @Test
    void aPercentageOfAShareIsAFraction() {
        qt().forAll(integers().between(0, 100_00)).checkAssert(hundredths -> {
            BigDecimal percent = BigDecimal.valueOf(hundredths, 2);
            Setting s = new Setting("DATA-ERASURE", "target", percent, Optional.of(Setting.Suffix.PERCENT));
            assertThat(s.valueIn(Unit.SHARE, "x")).isEqualTo(percent.movePointLeft(2).doubleValue());
            assertThat(s.valueIn(Unit.PERCENT, "x")).isEqualTo(percent.doubleValue());
        });
    }

    @Test
    void unitWordsAndSpacesAreRead() {
        assertThat(Setting.parse("REFUND-7DAY.refund-window=10 days").suffix()).contains(Setting.Suffix.DAYS);
        assertThat(Setting.parse("x.y=3 Years").suffix()).contains(Setting.Suffix.YEARS);
        assertThat(Setting.parse("x.y=3mo").valueIn(Unit.MONTHS, "x")).isEqualTo(3.0);
        assertThat(Setting.parse("x.y=0.95").valueIn(Unit.SHARE, "x")).isEqualTo(0.95);
    }

    @Test
    void aUnitThatIsNotTheParametersIsRefusedWithWhatToWrite() {
        for (Setting.Suffix suffix : Setting.Suffix.values()) {
            for (Unit unit : Unit.values()) {
                Setting s = new Setting("R", "p", BigDecimal.ONE, Optional.of(suffix));
                boolean fits = suffix == Setting.Suffix.PERCENT && unit == Unit.SHARE
                        || suffix.name().equals(unit.name());
                if (fits) {
                    assertThat(s.valueIn(unit, "R's p")).isEqualTo(suffix == Setting.Suffix.PERCENT && unit == Unit.SHARE ? 0.01 : 1.0);
                } else {
                    assertThatThrownBy(() -> s.valueIn(unit, "R's p")).isInstanceOf(Failure.class)
                            .hasMessageContaining("R's p is").hasMessageContaining("; write ")
                            .satisfies(e -> assertThat(((Failure) e).exitCode()).isEqualTo(2));
                }
            }
        }
    }
}
