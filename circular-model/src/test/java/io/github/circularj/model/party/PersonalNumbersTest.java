package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The digit-run rules of {@link PersonalNumbers}; every number here is synthetic and identifies nobody. */
class PersonalNumbersTest {

    private static final String MOBILE = "what looks like a mobile number at position ";
    private static final String IDENTITY = "what looks like a resident identity number at position ";

    @Test
    void findsElevenDigitsOfTheFormOneThreeToNineAsAMobileNumber() {
        assertThat(PersonalNumbers.find("13800138000")).isEqualTo(MOBILE + 1);
        assertThat(PersonalNumbers.find("19900000000")).isEqualTo(MOBILE + 1);
        assertThat(PersonalNumbers.find("tel 13800138000")).isEqualTo(MOBILE + 5);
    }

    @Test
    void ignoresElevenDigitsThatDoNotStartWithOneThreeToNine() {
        assertThat(PersonalNumbers.find("12800138000")).isNull();
        assertThat(PersonalNumbers.find("23800138000")).isNull();
    }

    @Test
    void ignoresRunsOfTenOrTwelveDigits() {
        assertThat(PersonalNumbers.find("1380013800")).isNull();
        assertThat(PersonalNumbers.find("138001380001")).isNull();
    }

    @Test
    void findsAMobileNumberWithTheCountryCodeEightySix() {
        assertThat(PersonalNumbers.find("8613800138000")).isEqualTo(MOBILE + 1);
        assertThat(PersonalNumbers.find("8713800138000")).isNull();
        assertThat(PersonalNumbers.find("9613800138000")).isNull();
        assertThat(PersonalNumbers.find("8612800138000")).isNull();
        assertThat(PersonalNumbers.find("1380013800012")).as("thirteen digits without 86").isNull();
    }

    @Test
    void findsEighteenDigitsOrSeventeenAndAnXAsAnIdentityNumber() {
        assertThat(PersonalNumbers.find("110101199001011237")).isEqualTo(IDENTITY + 1);
        assertThat(PersonalNumbers.find("id 11010119900101127X")).isEqualTo(IDENTITY + 4);
        assertThat(PersonalNumbers.find("11010119900101127x")).isEqualTo(IDENTITY + 1);
    }

    @Test
    void findsNumbersWrittenWithSeparatorsAndTheFifteenDigitForm() {
        assertThat(PersonalNumbers.find("110101 19900101 1237")).isEqualTo(IDENTITY + 1);
        assertThat(PersonalNumbers.find("ID 110101-19900101-127X")).isEqualTo(IDENTITY + 4);
        assertThat(PersonalNumbers.find("old card 110101900101123")).as("15 digits, province 11, born 1990-01-01")
                .isEqualTo(IDENTITY + 10);
        assertThat(PersonalNumbers.find("+86 138-0013-8000")).isEqualTo(MOBILE + 2);
        assertThat(PersonalNumbers.find("tel 138 0013 8000")).isEqualTo(MOBILE + 5);
        assertThat(PersonalNumbers.find("ORD-2026-0001-0002")).isNull();
        assertThat(PersonalNumbers.find("batch 990101900101123")).as("21 digits").isNull();
    }

    @Test
    void ignoresSeventeenDigitsWithoutAnX() {
        assertThat(PersonalNumbers.find("11010119900101123")).isNull();
        // GB 11643's check character decides: 18 digits whose last is not the check of the first 17 are not an identity
        // number (an order or transaction number of that length), nor is a number whose birth date cannot exist.
        assertThat(PersonalNumbers.find("110101199001011234")).isNull();
        assertThat(PersonalNumbers.find("110101199013011237")).isNull();
        assertThat(PersonalNumbers.find("11010119900101123Y")).isNull();
        assertThat(PersonalNumbers.find("1101011990010112X")).as("sixteen digits and an X").isNull();
    }

    @Test
    void findsFullWidthDigitsToo() {
        assertThat(PersonalNumbers.find("１３８００１３８０００")).isEqualTo(MOBILE + 1);
    }

    @Test
    void ignoresDigitsInsideALongerRun() {
        assertThat(PersonalNumbers.find("20250301138001380001")).isNull();
        assertThat(PersonalNumbers.find("no digits here")).isNull();
        assertThat(PersonalNumbers.find("")).isNull();
    }
}
