package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Vin;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CircularGensTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void generatedMassesStayWithinTheBound() {
        qt().forAll(CircularGens.masses(25.0))
                .checkAssert(mass -> assertThat(mass.kilograms()).isBetween(0.0, 25.0));
    }

    @Test
    void refusesANegativeBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> CircularGens.masses(-1))
                .withMessageContaining("\"-1.0\" is negative");
    }

    @Test
    void generatedCreditCodesParseBackToThemselves() {
        qt().forAll(CircularGens.creditCodes())
                .checkAssert(code -> assertThat(CreditCode.parse(code.toString())).isEqualTo(code));
    }

    @Test
    void generatedImeisAreValid() {
        qt().forAll(CircularGens.imeis()).checkAssert(imei -> assertThat(Imei.isValid(imei.toString())).isTrue());
    }

    @Test
    void generatedVinsHaveAValidCheckDigit() {
        qt().forAll(CircularGens.checkedVins()).checkAssert(vin -> assertThat(vin.hasValidCheckDigit()).isTrue());
        qt().forAll(CircularGens.checkedVins()).checkAssert(vin -> assertThat(Vin.isValidChecked(vin.toString())).isTrue());
    }

    @Test
    void generatedDivisionCodesArePrefectures() {
        qt().forAll(CircularGens.prefectureCodes())
                .checkAssert(code -> assertThat(code.level()).isEqualTo(DivisionCode.Level.PREFECTURE));
    }

    @Test
    void generatedMoneyHasTheCurrencyScaleAndStaysInRange() {
        qt().forAll(CircularGens.money(CNY, 6_000)).checkAssert(money -> {
            assertThat(money.currency()).isEqualTo(CNY);
            assertThat(money.amount().scale()).isEqualTo(2);
            assertThat(money.amount()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("6000.00"));
        });
    }

    @Test
    void generatedPeriodsAreNonEmpty() {
        qt().forAll(CircularGens.reportingPeriods())
                .checkAssert(period -> assertThat(period.lengthInDays()).isBetween(1L, 730L));
    }

    @Test
    void generatedFractionsAreInTheUnitInterval() {
        qt().forAll(CircularGens.fractions()).checkAssert(f -> assertThat(f.value()).isBetween(0.0, 1.0));
    }
}
