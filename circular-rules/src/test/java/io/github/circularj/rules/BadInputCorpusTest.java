package io.github.circularj.rules;

import static io.github.circularj.model.BadInput.args;
import static io.github.circularj.model.BadInput.assertRejected;
import static io.github.circularj.model.BadInput.text;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.Fixtures.TestShop;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input corpus of the rules: every row of every {@code bad-input/*.csv} file must be refused by its
 * factory with an {@link IllegalArgumentException} that names the field, quotes the value and states the rule.
 */
class BadInputCorpusTest {

    private static final String NAME = "{index}: {0} -> {1}";

    private static double number(String s) {
        return Double.parseDouble(s);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/rule-id.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadRuleIds(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> RuleId.of(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/citation.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadCitations(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> Citation.of(text(input), "Art. 1", Basis.STATUTE));
    }

    /** Input: {@code atLeast|threshold|UNIT}, {@code atMost|threshold|UNIT} or {@code zero|threshold|UNIT}. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/target.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadTargets(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        Unit unit = Unit.valueOf(a.get(2));
        ThrowingCallable call = switch (a.get(0)) {
            case "atLeast" -> () -> Target.atLeast(number(a.get(1)), unit);
            case "atMost" -> () -> Target.atMost(number(a.get(1)), unit);
            case "zero" -> () -> new Target(Target.Direction.ZERO_TOLERANCE, number(a.get(1)), unit);
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/effective-period.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadEffectivePeriods(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        assertRejected(input, field, fragment, quoted,
                () -> EffectivePeriod.of(LocalDate.parse(a.get(0)), LocalDate.parse(a.get(1))));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/band-thresholds.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadBandThresholds(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        assertRejected(input, field, fragment, quoted,
                () -> new BandThresholds(number(a.get(0)), number(a.get(1)), number(a.get(2))));
    }

    /**
     * Input: a scenario. {@code id|x} and {@code version|x} name the pack; {@code weight|w} gives the first
     * criterion weight w; {@code zero-weights}, {@code zero-rule-weights}, {@code duplicate-rule},
     * {@code duplicate-rule-in-criterion}, {@code duplicate-criterion} and {@code no-criteria} build what they say;
     * {@code thresholds|e|c|n} sets band thresholds.
     */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/rule-pack.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadRulePacks(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "id" -> () -> RulePack.<TestShop, TestItem>builder(a.get(1), "1")
                    .criterion("Data protection", 1, Fixtures.erasure()).build();
            case "version" -> () -> RulePack.<TestShop, TestItem>builder("test", a.get(1))
                    .criterion("Data protection", 1, Fixtures.erasure()).build();
            case "weight" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Data protection", number(a.get(1)), Fixtures.erasure()).build();
            case "rule-weight" -> () -> Fixtures.erasure().withWeight(number(a.get(1)));
            case "zero-weights" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Data protection", 0, Fixtures.erasure())
                    .criterion("Sourcing", 0, Fixtures.prohibited()).build();
            case "zero-rule-weights" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Data protection", 1, Fixtures.erasure().withWeight(0)).build();
            case "duplicate-rule" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Data protection", 1, Fixtures.erasure())
                    .criterion("Sourcing", 3, Fixtures.prohibited(), Fixtures.erasure()).build();
            case "duplicate-rule-in-criterion" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Sourcing", 3, Fixtures.prohibited(), Fixtures.prohibited()).build();
            case "duplicate-criterion" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Sourcing", 1, Fixtures.erasure())
                    .criterion("Sourcing", 3, Fixtures.prohibited()).build();
            case "no-criteria" -> () -> RulePack.<TestShop, TestItem>builder("test", "1").build();
            case "thresholds" -> () -> RulePack.<TestShop, TestItem>builder("test", "1")
                    .criterion("Data protection", 1, Fixtures.erasure())
                    .bandThresholds(new BandThresholds(number(a.get(1)), number(a.get(2)), number(a.get(3)))).build();
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }
}
