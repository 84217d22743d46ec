package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DivisionCodeTest {

    private static final Province[] PROVINCES = Province.values();

    /** Valid codes: any provincial prefix, any prefecture pair, a county pair only under a prefecture. */
    private static final Gen<String> VALID_CODES = integers().between(0, PROVINCES.length - 1)
            .zip(integers().between(0, 99), integers().between(0, 99), (p, pref, county) ->
                    PROVINCES[p].prefix() + String.format(Locale.ROOT, "%02d%02d", pref, pref == 0 ? 0 : county));

    @Test
    void knowsTheThreeLevels() {
        assertThat(DivisionCode.parse("330000").level()).isEqualTo(DivisionCode.Level.PROVINCE);
        assertThat(DivisionCode.parse("330100").level()).isEqualTo(DivisionCode.Level.PREFECTURE);
        assertThat(DivisionCode.parse("330106").level()).isEqualTo(DivisionCode.Level.COUNTY);
    }

    @Test
    void findsTheProvinceAndPrefectureOfACounty() {
        DivisionCode xihu = DivisionCode.parse("330106");
        assertThat(xihu.province()).isEqualTo(DivisionCode.parse("330000"));
        assertThat(xihu.prefecture()).contains(DivisionCode.parse("330100"));
        assertThat(xihu.provincialUnit()).isEqualTo(Province.ZHEJIANG);
        assertThat(xihu.isWithin(DivisionCode.parse("330100"))).isTrue();
        assertThat(xihu.isWithin(DivisionCode.parse("330200"))).isFalse();
    }

    @Test
    void aProvinceHasNoPrefectureAndIsItsOwnProvince() {
        DivisionCode zhejiang = DivisionCode.parse("330000");
        assertThat(zhejiang.prefecture()).isEmpty();
        assertThat(zhejiang.province()).isEqualTo(zhejiang);
    }

    @Test
    void namesTheProvincesOfThePilotCities() {
        // Hangzhou 330100 in Zhejiang and Zaozhuang 370400 in Shandong (policy reference, first batch).
        assertThat(DivisionCode.parse("330100").provincialUnit().chineseName()).isEqualTo("浙江省");
        assertThat(DivisionCode.parse("330100").provincialUnit().englishName()).isEqualTo("Zhejiang");
        assertThat(DivisionCode.parse("370400").provincialUnit().chineseName()).isEqualTo("山东省");
        assertThat(DivisionCode.parse("370400").provincialUnit().englishName()).isEqualTo("Shandong");
    }

    @Test
    void knowsExactlyTheThirtyFourProvincialPrefixes() {
        assertThat(Province.values()).hasSize(34).extracting(Province::prefix).containsExactly(
                "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                "71", "81", "82");
        assertThat(Province.ofPrefix("99")).isEmpty();
        assertThat(Province.SHANDONG.divisionCode()).hasToString("370000");
    }

    @Test
    void printsAsItsDigits() {
        assertThat(DivisionCode.parse("370400")).hasToString("370400");
    }

    @Test
    void rejectsACodeOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("3301"))
                .withMessage("divisionCode \"3301\" has 4 characters; an administrative division code has 6 digits");
    }

    @Test
    void rejectsNonDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("33O100"))
                .withMessage("divisionCode \"33O100\" has character 'O' at position 3;"
                        + " an administrative division code has only the ASCII digits 0-9");
    }

    @Test
    void rejectsFullWidthDigitsRatherThanConvertingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("３３0100"))
                .withMessage("divisionCode \"３３0100\" has full-width character '３' at position 1;"
                        + " an administrative division code has only the ASCII digits 0-9");
    }

    @Test
    void rejectsAPrefixThatIsNotAProvincialCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("990000"))
                .withMessage("divisionCode \"990000\" has province prefix 99; the prefix must be one of China's"
                        + " provincial-level codes 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 or 82");
        assertThat(DivisionCode.isValid("100000")).isFalse();
        assertThat(DivisionCode.isValid("160000")).isFalse();
        assertThat(DivisionCode.isValid("380000")).isFalse();
    }

    @Test
    void rejectsCountyDigitsWithoutAPrefecture() {
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("330006"))
                .withMessage("divisionCode \"330006\" has county digits 06 under prefecture digits 00;"
                        + " a county-level code belongs to a prefecture (digits 3-4 not 00)");
    }

    @Test
    void isValidNeverThrows() {
        assertThat(DivisionCode.isValid(null)).isFalse();
        assertThat(DivisionCode.isValid("")).isFalse();
        assertThat(DivisionCode.isValid("33010")).isFalse();
        assertThat(DivisionCode.isValid("330100")).isTrue();
    }

    @Test
    void levelPrefectureAndProvinceAreConsistent() {
        qt().forAll(VALID_CODES).checkAssert(text -> {
            DivisionCode code = DivisionCode.parse(text);
            assertThat(code).hasToString(text);
            assertThat(code.province().level()).isEqualTo(DivisionCode.Level.PROVINCE);
            assertThat(code.province().toString()).isEqualTo(text.substring(0, 2) + "0000");
            assertThat(code.isWithin(code.province())).isTrue();
            assertThat(code.prefecture().isPresent()).isEqualTo(code.level() != DivisionCode.Level.PROVINCE);
            code.prefecture().ifPresent(prefecture -> {
                assertThat(prefecture.level()).isEqualTo(DivisionCode.Level.PREFECTURE);
                assertThat(prefecture.toString()).isEqualTo(text.substring(0, 4) + "00");
                assertThat(prefecture.province()).isEqualTo(code.province());
                assertThat(code.isWithin(prefecture)).isTrue();
            });
            assertThat(code.level() == DivisionCode.Level.COUNTY).isEqualTo(!text.endsWith("00"));
        });
    }
    @Test
    void ordersCodesNumericallyAndIsNotWithinAnUnrelatedDivision() {
        DivisionCode hangzhou = DivisionCode.parse("330100");
        DivisionCode zaozhuang = DivisionCode.parse("370400");
        assertThat(hangzhou.compareTo(zaozhuang)).isNegative();
        assertThat(zaozhuang.compareTo(hangzhou)).isPositive();
        assertThat(hangzhou.compareTo(DivisionCode.parse("330100"))).isZero();
        assertThat(DivisionCode.parse("330106").isWithin(zaozhuang)).isFalse();
        assertThat(DivisionCode.parse("330106").isWithin(DivisionCode.parse("330200"))).isFalse();
        assertThat(DivisionCode.parse("330106").isWithin(DivisionCode.parse("330000"))).isTrue();
        assertThat(DivisionCode.parse("330106").isWithin(hangzhou)).isTrue();
    }
    @Test
    void equalDivisionCodesHaveTheSameDigits() {
        io.github.circularj.model.ValueContract.assertValueSemantics(DivisionCode.parse("330100"),
                DivisionCode.parse("330100"), java.util.List.of(DivisionCode.parse("330106")));
    }
}
