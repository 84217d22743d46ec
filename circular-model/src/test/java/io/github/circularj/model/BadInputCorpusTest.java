package io.github.circularj.model;

import static io.github.circularj.model.BadInput.args;
import static io.github.circularj.model.BadInput.assertRejected;
import static io.github.circularj.model.BadInput.text;

import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.metrics.EuRepairabilityScore;
import io.github.circularj.model.metrics.FrenchRepairabilityIndex;
import io.github.circularj.model.metrics.MaterialFlow;
import io.github.circularj.model.metrics.Utility;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.ConditionGrade;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.MaterialKind;
import io.github.circularj.model.product.SerialNumber;
import io.github.circularj.model.product.Vin;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input corpus of the model: every row of every {@code bad-input/*.csv} file must be refused by its
 * factory with an {@link IllegalArgumentException} that names the field, quotes the value and states the rule.
 */
class BadInputCorpusTest {

    private static final String NAME = "{index}: {0} -> {1}";

    private static double number(String s) {
        return Double.parseDouble(s);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/money.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadMoney(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> Money.parse(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/mass.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadMasses(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "kg" -> () -> Mass.ofKilograms(number(a.get(1)));
            case "g" -> () -> Mass.ofGrams(number(a.get(1)));
            case "t" -> () -> Mass.ofTonnes(number(a.get(1)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/fraction.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadFractions(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "of" -> () -> Fraction.of(number(a.get(1)));
            case "percent" -> () -> Fraction.ofPercent(number(a.get(1)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/reporting-period.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadReportingPeriods(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "parse" -> () -> ReportingPeriod.parse(text(input).substring("parse|".length()));
            case "of" -> () -> ReportingPeriod.of(LocalDate.parse(a.get(1)), LocalDate.parse(a.get(2)));
            case "quarter" -> () -> ReportingPeriod.ofQuarter(Integer.parseInt(a.get(1)), Integer.parseInt(a.get(2)));
            case "year" -> () -> ReportingPeriod.ofYear(Integer.parseInt(a.get(1)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/category.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadCategories(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "of" -> () -> Category.of(a.get(1));
            case "custom" -> () -> Category.custom(a.get(1), a.get(2)).build();
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/imei.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadImeis(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> Imei.parse(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/vin.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadVins(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "parse" -> () -> Vin.parse(a.get(1));
            case "checked" -> () -> Vin.parseChecked(a.get(1));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/serial-number.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadSerialNumbers(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> SerialNumber.parse(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/item-id.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadItemIds(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> ItemId.of(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/event-id.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadEventIds(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> EventId.of(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/grading.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadGradingScalesAndGrades(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "scale" -> () -> GradingScale.of(a.get(1), a.subList(2, a.size()));
            case "grade" -> () -> ConditionGrade.of(GradingScale.LETTER_A_TO_D, a.get(1));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    /** Input: {@code entry|name|TECHNICAL or BIOLOGICAL|kg|F_R|F_U|F_S}, {@code duplicate|name} or {@code empty}. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/material-composition.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadMaterialCompositions(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "entry" -> () -> new MaterialComposition.Entry(new Material(a.get(1), MaterialKind.valueOf(a.get(2))),
                    Mass.ofKilograms(number(a.get(3))), Fraction.of(number(a.get(4))), Fraction.of(number(a.get(5))),
                    Fraction.of(number(a.get(6))));
            case "duplicate" -> () -> MaterialComposition.builder()
                    .add(Material.technical(a.get(1)), Mass.ofKilograms(1))
                    .add(Material.technical(a.get(1)), Mass.ofKilograms(2))
                    .build();
            case "empty" -> () -> MaterialComposition.builder().build();
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/credit-code.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadCreditCodes(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> CreditCode.parse(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/division-code.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadDivisionCodes(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> DivisionCode.parse(text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/city.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadCities(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        assertRejected(input, field, fragment, quoted, () -> City.of(a.get(0), a.get(1)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/identity-verification.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadIdentityVerifications(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> IdentityVerification.of(text(input),
                IdentityVerification.Method.ID_CARD_READER, Instant.parse("2026-03-01T09:00:00Z")));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/person-counterparty.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadPersonLabels(String input, String field, String fragment, String quoted) {
        IdentityVerification verification = IdentityVerification.of("KYC-2026-0001",
                IdentityVerification.Method.FACE_MATCH, Instant.parse("2026-03-01T09:00:00Z"));
        assertRejected(input, field, fragment, quoted, () -> PersonCounterparty.unverified(text(input)));
        assertRejected(input, field, fragment, quoted, () -> PersonCounterparty.of(text(input), verification));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/enterprise-profile.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadEnterpriseProfiles(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "years" -> () -> EnterpriseProfile.retainingRecordsFor(Integer.parseInt(a.get(1)));
            case "filing" -> () -> EnterpriseProfile.UNDECLARED.withFiling(a.get(1));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/exported.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadExportDestinations(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> new Exported(EventId.of("EV-1"), ItemId.of("ITEM-1"),
                Instant.parse("2026-03-01T09:00:00Z"), Actor.of("Exporter One"), text(input)));
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/warranty.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadWarranties(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "months" -> () -> Warranty.ofMonths(Integer.parseInt(a.get(1)));
            case "km" -> () -> Warranty.ofMonthsOrKilometres(Integer.parseInt(a.get(1)), Long.parseLong(a.get(2)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    /** Input: {@code price|subsidy}, each money text such as {@code CNY 10.00}; an empty subsidy means none. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/sale.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadSales(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        assertRejected(input, field, fragment, quoted, () -> {
            Sale sale = Sale.of(Money.parse(a.get(0)), SalesChannel.PHYSICAL_STORE);
            if (!a.get(1).isEmpty()) {
                sale.withSubsidy(Money.parse(a.get(1)));
            }
        });
    }

    /** Input: {@code symbol=value} pairs separated by {@code |}, e.g. {@code M=10|F_R=0.5}; M is in kilograms. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/material-flow.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadMaterialFlows(String input, String field, String fragment, String quoted) {
        assertRejected(input, field, fragment, quoted, () -> materialFlow(args(input)));
    }

    private static MaterialFlow materialFlow(List<String> pairs) {
        MaterialFlow.Builder b = null;
        for (String pair : pairs) {
            String symbol = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (symbol.equals("M")) {
                b = MaterialFlow.builder(Mass.ofKilograms(number(value)));
                continue;
            }
            if (symbol.equals("cycle")) {
                b.cycle(MaterialKind.valueOf(value));
                continue;
            }
            double v = number(value);
            switch (symbol) {
                case "F_R" -> b.recycledInput(v);
                case "F_U" -> b.reusedInput(v);
                case "F_S" -> b.sustainedBiologicalInput(v);
                case "C_R" -> b.recycledOutput(v);
                case "C_U" -> b.reusedOutput(v);
                case "C_C" -> b.compostedOutput(v);
                case "E_F" -> b.inputRecyclingEfficiency(v);
                case "E_C" -> b.outputRecyclingEfficiency(v);
                default -> throw new IllegalStateException("unknown symbol " + symbol);
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/utility.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadUtilities(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        assertRejected(input, field, fragment, quoted,
                () -> Utility.of(number(a.get(0)), number(a.get(1)), number(a.get(2)), number(a.get(3))));
    }

    /** Input: six parameter scores; {@code d|...} uses the double factory, {@code b|...} the BigDecimal one. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/eu-repairability.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadEuRepairabilityScores(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "d" -> () -> EuRepairabilityScore.of(number(a.get(1)), number(a.get(2)), number(a.get(3)),
                    number(a.get(4)), number(a.get(5)), number(a.get(6)));
            case "b" -> () -> EuRepairabilityScore.of(new BigDecimal(a.get(1)), new BigDecimal(a.get(2)),
                    new BigDecimal(a.get(3)), new BigDecimal(a.get(4)), new BigDecimal(a.get(5)), new BigDecimal(a.get(6)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }

    /** Input: five criterion scores; {@code d|...} uses the double factory, {@code b|...} the BigDecimal one. */
    @ParameterizedTest(name = NAME)
    @CsvFileSource(resources = "/bad-input/french-repairability.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void refusesBadFrenchRepairabilityIndices(String input, String field, String fragment, String quoted) {
        List<String> a = args(input);
        ThrowingCallable call = switch (a.get(0)) {
            case "d" -> () -> FrenchRepairabilityIndex.ofCriteria(number(a.get(1)), number(a.get(2)), number(a.get(3)),
                    number(a.get(4)), number(a.get(5)));
            case "b" -> () -> FrenchRepairabilityIndex.ofCriteria(new BigDecimal(a.get(1)), new BigDecimal(a.get(2)),
                    new BigDecimal(a.get(3)), new BigDecimal(a.get(4)), new BigDecimal(a.get(5)));
            default -> throw new IllegalStateException(input);
        };
        assertRejected(input, field, fragment, quoted, call);
    }
}
