package io.github.circularj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void printsTheCurrencyCodeAndTheAmountAtTheCurrencyScale() {
        assertThat(Money.of("12.5", "CNY")).hasToString("CNY 12.50");
        assertThat(Money.ofMajor(500, CNY)).hasToString("CNY 500.00");
        assertThat(Money.ofMajor(500, JPY)).hasToString("JPY 500");
        assertThat(Money.zero(CNY)).hasToString("CNY 0.00");
    }

    @Test
    void parsesWhatItPrints() {
        Money m = Money.of(new BigDecimal("-3.07"), CNY);
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyScale() {
        assertThat(Money.of(new BigDecimal("12.500"), CNY)).isEqualTo(Money.of("12.50", CNY));
    }

    @Test
    void rejectsAnAmountThatWouldNeedRounding() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("12.345"), CNY))
                .withMessage("amount \"12.345\" has 3 fraction digits; CNY allows at most 2 (pass a RoundingMode to round)");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.5", "JPY"))
                .withMessageContaining("JPY allows at most 0");
    }

    @Test
    void roundsOnlyWithAnExplicitRoundingMode() {
        assertThat(Money.of(new BigDecimal("12.345"), CNY, RoundingMode.HALF_EVEN)).hasToString("CNY 12.34");
        assertThat(Money.of(new BigDecimal("12.345"), CNY, RoundingMode.HALF_UP)).hasToString("CNY 12.35");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("12.345"), CNY, RoundingMode.UNNECESSARY))
                .withMessageContaining("3 fraction digits");
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12,50", "CNY"))
                .withMessage("amount \"12,50\" is not a decimal number; an amount is written like \"12.50\"");
    }

    @Test
    void rejectsAnUnknownCurrencyCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "RMB"))
                .withMessage("currencyCode \"RMB\" is not an ISO 4217 currency code; use e.g. \"CNY\"");
    }

    @Test
    void rejectsACurrencyWithoutFractionDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.zero(Currency.getInstance("XAU")))
                .withMessageContaining("currency \"XAU\" has no default number of fraction digits");
    }

    @Test
    void rejectsMoneyTextWithoutASpace() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("CNY12.50"))
                .withMessageContaining("money \"CNY12.50\" has no space");
    }

    @Test
    void addsAndSubtractsWithinACurrency() {
        Money a = Money.of("10.25", "CNY");
        Money b = Money.of("0.80", "CNY");
        assertThat(a.plus(b)).isEqualTo(Money.of("11.05", "CNY"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-9.45", "CNY"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.negated().negated()).isEqualTo(a);
        assertThat(a.negated().abs()).isEqualTo(a);
    }

    @Test
    void refusesToCombineDifferentCurrenciesAndCarriesBoth() {
        Money yuan = Money.ofMajor(1, CNY);
        Money dollar = Money.ofMajor(1, USD);
        assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(() -> yuan.plus(dollar))
                .withMessage("currency \"CNY\" does not match currency \"USD\"; money of different currencies cannot be combined or compared")
                .satisfies(e -> {
                    assertThat(e.firstCurrency()).isEqualTo(CNY);
                    assertThat(e.secondCurrency()).isEqualTo(USD);
                });
        assertThatThrownBy(() -> yuan.minus(dollar)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> yuan.compareTo(dollar)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan.isGreaterThan(dollar)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void multipliesBySubsidyRateWithExplicitRounding() {
        // 15 % of RMB 3,999.99 is 599.9985, which rounds half-up to 600.00
        Money price = Money.of("3999.99", "CNY");
        assertThat(price.multipliedBy(new BigDecimal("0.15"), RoundingMode.HALF_UP)).hasToString("CNY 600.00");
        assertThatThrownBy(() -> price.multipliedBy(new BigDecimal("0.15"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThat(price.multipliedBy(3)).hasToString("CNY 11999.97");
    }

    @Test
    void dividesWithExplicitRoundingAndRefusesZero() {
        assertThat(Money.of("10.00", "CNY").dividedBy(new BigDecimal(3), RoundingMode.DOWN)).hasToString("CNY 3.33");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("10.00", "CNY").dividedBy(BigDecimal.ZERO, RoundingMode.DOWN))
                .withMessageContaining("divisor \"0\" is zero");
    }

    @Test
    void comparesWithinACurrency() {
        Money small = Money.of("1.00", "CNY");
        Money big = Money.of("2.00", "CNY");
        assertThat(big.isGreaterThan(small)).isTrue();
        assertThat(small.isLessThan(big)).isTrue();
        assertThat(small.compareTo(Money.of("1", "CNY"))).isZero();
        assertThat(Money.zero(CNY).isZero()).isTrue();
        assertThat(big.isPositive()).isTrue();
    }

    private static Gen<Money> yuan() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), CNY));
    }

    @Test
    void additionIsCommutative() {
        qt().forAll(yuan(), yuan()).checkAssert((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
    }

    @Test
    void additionIsAssociative() {
        qt().forAll(yuan(), yuan(), yuan())
                .checkAssert((a, b, c) -> assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
    }

    @Test
    void zeroIsTheIdentityAndNegationTheInverse() {
        qt().forAll(yuan()).checkAssert(a -> {
            assertThat(a.plus(Money.zero(CNY))).isEqualTo(a);
            assertThat(a.plus(a.negated())).isEqualTo(Money.zero(CNY));
        });
    }

    @Test
    void rejectsFullWidthDigitsInAnAmount() {
        // BigDecimal itself would read "１２.５０" as 12.50.
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("１２.５０", "CNY"))
                .withMessage("amount \"１２.５０\" is not a decimal number; an amount is written like \"12.50\"");
    }

    @Test
    void rejectsAnExponentInAnAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("CNY 1E+2147483647"))
                .withMessageContaining("amount \"1E+2147483647\" is not a decimal number");
    }

    @Test
    void rejectsAnAmountWhoseExponentCannotBeScaledWithAnIllegalArgumentException() {
        // setScale(2) of 1E+2147483647 overflows the scale (an ArithmeticException leaked once); its magnitude is
        // refused first, before any arithmetic.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("1E+2147483647"), Currency.getInstance("CNY")))
                .withMessageContaining("amount \"1E+2147483647\" has 2147483648 integer digits; at most 15 are allowed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("1E+2147483647"), Currency.getInstance("CNY"), RoundingMode.HALF_UP))
                .withMessageContaining("amount \"1E+2147483647\" has 2147483648 integer digits; at most 15 are allowed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("1E+10000000"), Currency.getInstance("CNY")))
                .withMessageContaining("has 10000001 integer digits");
    }

    @Test
    void quotesATinyAmountInScientificNotationRatherThanBillionsOfZeros() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("1E-999999999"), Currency.getInstance("CNY")))
                .withMessage("amount \"1E-999999999\" has 999999999 fraction digits; at most 18 are allowed in an amount of money");
    }
    @Test
    void exposesItsAmountAtTheCurrencyScaleAndItsCurrency() {
        Money m = Money.of("12.5", "CNY");
        assertThat(m.amount()).isEqualByComparingTo("12.50").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(m.currency()).isEqualTo(CNY);
    }

    @Test
    void roundingModeUnnecessaryBehavesLikeTheTwoArgumentFactory() {
        assertThat(Money.of(new BigDecimal("3.10"), CNY, RoundingMode.UNNECESSARY)).isEqualTo(Money.of("3.1", CNY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(new BigDecimal("3.105"), CNY, RoundingMode.UNNECESSARY))
                .withMessageContaining("amount \"3.105\" has 3 fraction digits; CNY allows at most 2");
    }

    @Test
    void equalMoneyHasTheSameCurrencyAndAmount() {
        ValueContract.assertValueSemantics(Money.of("12.50", "CNY"), Money.of(new BigDecimal("12.5"), CNY),
                java.util.List.of(Money.of("12.50", "USD"), Money.of("12.51", "CNY")));
    }

    @Test
    void theAbsoluteValueOfANonNegativeAmountIsTheAmountItself() {
        Money positive = Money.of("4.20", "CNY");
        assertThat(positive.abs()).isSameAs(positive);
        assertThat(Money.zero(CNY).abs()).isEqualTo(Money.zero(CNY));
        assertThat(Money.of("-4.20", "CNY").abs()).isEqualTo(positive);
    }

    @Test
    void signPredicatesSeparateNegativeZeroAndPositive() {
        Money negative = Money.of("-0.01", "CNY");
        Money zero = Money.zero(CNY);
        Money positive = Money.of("0.01", "CNY");
        assertThat(negative.isNegative()).isTrue();
        assertThat(negative.isZero()).isFalse();
        assertThat(negative.isPositive()).isFalse();
        assertThat(zero.isNegative()).isFalse();
        assertThat(zero.isZero()).isTrue();
        assertThat(zero.isPositive()).isFalse();
        assertThat(positive.isNegative()).isFalse();
        assertThat(positive.isZero()).isFalse();
        assertThat(positive.isPositive()).isTrue();
    }

    @Test
    void anAmountIsNeitherGreaterNorLessThanAnEqualAmount() {
        Money one = Money.of("1.00", "CNY");
        Money two = Money.of("2.00", "CNY");
        assertThat(one.isGreaterThan(Money.of("1", "CNY"))).isFalse();
        assertThat(one.isLessThan(Money.of("1", "CNY"))).isFalse();
        assertThat(two.isLessThan(one)).isFalse();
        assertThat(one.isGreaterThan(two)).isFalse();
        assertThat(two.compareTo(one)).isPositive();
        assertThat(one.compareTo(two)).isNegative();
    }

    @Test
    void parsesACurrencyCodeFollowedByASpaceAndAnAmount() {
        assertThat(Money.parse("CNY 0.05")).isEqualTo(Money.of("0.05", CNY));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("CNY12.50"))
                .withMessage("money \"CNY12.50\" has no space; money text is a currency code, a space and an amount,"
                        + " e.g. \"CNY 12.50\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(" 12.50"))
                .withMessageContaining("currencyCode \"\" is not an ISO 4217 currency code");
    }
    @Test
    void quotesAnAmountPlainlyInAtMostEightyCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("0.00000001"), CNY))
                .withMessageStartingWith("amount \"0.00000001\" has 8 fraction digits");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("1E-100"), CNY))
                .withMessageStartingWith("amount \"0." + "0".repeat(78) + "… (102 characters)\" has 100 fraction digits");
    }
}
