package io.github.circularj.testkit;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Province;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Vin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for Circular's model values, for users' own property tests.
 *
 * <p>Every generator yields only valid values: they are built through the public factories, and
 * codes carry check characters computed by their standards' algorithms. Generators of lifecycles and
 * ledgers build on these.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CircularGens {

    /** The 31 symbols of the unified social credit code (GB 32100-2015), in value order. */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private CircularGens() {
    }

    /**
     * Generates masses between zero and {@code maxKilograms} inclusive.
     *
     * @param maxKilograms the largest mass in kilograms, finite and not negative
     * @return a generator of masses, never null
     * @throws IllegalArgumentException if {@code maxKilograms} is negative, NaN or infinite
     */
    public static Gen<Mass> masses(double maxKilograms) {
        Mass.ofKilograms(maxKilograms); // validates the bound with the model's own message
        return doubles().between(0.0, maxKilograms).map(Mass::ofKilograms);
    }

    /**
     * Generates fractions in [0, 1], including both ends.
     *
     * @return a generator of fractions, never null
     */
    public static Gen<Fraction> fractions() {
        return doubles().between(0.0, 1.0).map(Fraction::of);
    }

    /**
     * Generates amounts of money in a currency, from zero to {@code maxMajorUnits} with the
     * currency's default number of fraction digits.
     *
     * @param currency the currency, with a default number of fraction digits, not null
     * @param maxMajorUnits the largest amount in major units (e.g. yuan), positive
     * @return a generator of money, never null
     * @throws IllegalArgumentException if {@code maxMajorUnits} is not positive
     */
    public static Gen<Money> money(Currency currency, long maxMajorUnits) {
        if (maxMajorUnits <= 0) {
            throw new IllegalArgumentException("maxMajorUnits \"" + maxMajorUnits + "\" is not positive");
        }
        int digits = currency.getDefaultFractionDigits();
        long maxMinor = BigDecimal.valueOf(maxMajorUnits).movePointRight(digits).longValueExact();
        return longs().between(0, maxMinor)
                .map(minor -> Money.of(BigDecimal.valueOf(minor, digits), currency));
    }

    /**
     * Generates reporting periods of 1 to 730 days starting between 2020 and 2030.
     *
     * @return a generator of reporting periods, never null
     */
    public static Gen<ReportingPeriod> reportingPeriods() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        return integers().between(0, 3_652).zip(integers().between(1, 730),
                (start, days) -> ReportingPeriod.of(first.plusDays(start), first.plusDays(start + (long) days)));
    }

    /**
     * Generates prefecture-level division codes ({@code PP CC 00}) under real provincial prefixes.
     * The prefecture digits run from 01 to 99, so most codes are structurally valid but assigned to
     * no real city.
     *
     * @return a generator of prefecture-level division codes, never null
     */
    public static Gen<DivisionCode> prefectureCodes() {
        List<Province> provinces = List.of(Province.values());
        return Generate.pick(provinces).zip(integers().between(1, 99),
                (province, prefecture) -> DivisionCode.parse(
                        province.prefix() + String.format(java.util.Locale.ROOT, "%02d", prefecture) + "00"));
    }

    /**
     * Generates valid unified social credit codes: any registration-authority and type characters of
     * the alphabet, six division digits, a nine-character organisation code, and the check character
     * computed by GB 32100-2015.
     *
     * @return a generator of credit codes, never null
     */
    public static Gen<CreditCode> creditCodes() {
        Gen<String> symbol = integers().between(0, CREDIT_CODE_ALPHABET.length() - 1)
                .map(i -> String.valueOf(CREDIT_CODE_ALPHABET.charAt(i)));
        Gen<String> digits6 = integers().between(0, 999_999).map(n -> String.format(java.util.Locale.ROOT, "%06d", n));
        Gen<String> organisation = listOf(symbol, 9);
        return symbol.zip(symbol, digits6, organisation, (a, b, division, org) -> {
            String first17 = a + b + division + org;
            return CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17));
        });
    }

    /**
     * Generates valid IMEIs: 14 random digits and the Luhn check digit.
     *
     * @return a generator of IMEIs, never null
     */
    public static Gen<Imei> imeis() {
        return longs().between(0, 99_999_999_999_999L).map(n -> {
            String body = String.format(java.util.Locale.ROOT, "%014d", n);
            return Imei.parse(body + luhnCheckDigit(body));
        });
    }

    /**
     * Generates VINs with a valid check digit (ISO 3779 / GB 16735), accepted by
     * {@link Vin#parseChecked(String)}.
     *
     * @return a generator of checked VINs, never null
     */
    public static Gen<Vin> checkedVins() {
        Gen<String> symbol = integers().between(0, VIN_ALPHABET.length() - 1)
                .map(i -> String.valueOf(VIN_ALPHABET.charAt(i)));
        return listOf(symbol, 17).map(text -> {
            for (char check : "0123456789X".toCharArray()) {
                String candidate = text.substring(0, 8) + check + text.substring(9);
                if (Vin.isValidChecked(candidate)) {
                    return Vin.parseChecked(candidate);
                }
            }
            throw new IllegalStateException("no check digit completes " + text); // cannot happen: mod 11
        });
    }

    /**
     * Picks one of the built-in categories.
     *
     * @return a generator of built-in categories, never null
     */
    public static Gen<Category> builtInCategories() {
        return Generate.pick(Category.builtIns());
    }

    private static Gen<String> listOf(Gen<String> symbol, int length) {
        Gen<String> result = symbol;
        for (int i = 1; i < length; i++) {
            result = result.zip(symbol, String::concat);
        }
        return result;
    }

    private static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
