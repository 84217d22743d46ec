package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CityTest {

    @Test
    void derivesTheProvinceFromThePrefectureCode() {
        City hangzhou = City.of("330100", "杭州");
        assertThat(hangzhou.code()).isEqualTo(DivisionCode.parse("330100"));
        assertThat(hangzhou.name()).isEqualTo("杭州");
        assertThat(hangzhou.province()).isEqualTo(Province.ZHEJIANG);
        assertThat(hangzhou.provinceName()).isEqualTo("浙江省");
        assertThat(hangzhou).hasToString("杭州 330100 浙江省");
        assertThat(City.of(DivisionCode.parse("370400"), "Zaozhuang").provinceName()).isEqualTo("山东省");
    }

    @Test
    void rejectsAProvinceLevelCodeSuggestingThePrefectureCodeOfAMunicipality() {
        assertThatIllegalArgumentException().isThrownBy(() -> City.of("110000", "北京"))
                .withMessage("city code \"110000\" is at PROVINCE level; a city is a prefecture-level division,"
                        + " code ending in 00 but not 0000 (for a municipality use its prefecture-level code, e.g. 110100)");
        assertThat(City.of("110100", "北京").province()).isEqualTo(Province.BEIJING);
    }

    @Test
    void rejectsACountyLevelCodeNamingItsPrefecture() {
        assertThatIllegalArgumentException().isThrownBy(() -> City.of("330106", "西湖区"))
                .withMessage("city code \"330106\" is at COUNTY level; a city is a prefecture-level division,"
                        + " code ending in 00 but not 0000 (its prefecture is 330100)");
    }

    @Test
    void rejectsABlankOrPaddedName() {
        assertThatIllegalArgumentException().isThrownBy(() -> City.of("330100", " "))
                .withMessage("city name \" \" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> City.of("330100", "杭州 "))
                .withMessage("city name \"杭州 \" has leading or trailing whitespace;"
                        + " text is taken as given and never trimmed");
        assertThatNullPointerException().isThrownBy(() -> new City(DivisionCode.parse("330100"), null))
                .withMessage("city name");
    }
}
