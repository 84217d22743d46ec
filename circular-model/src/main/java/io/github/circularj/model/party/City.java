package io.github.circularj.model.party;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;

/**
 * A city at prefecture level, the unit in which the secondhand goods circulation pilot selects
 * pilot cities; for example Hangzhou 杭州, {@code 330100}, in Zhejiang.
 *
 * <p>The division code must be at {@link DivisionCode.Level#PREFECTURE prefecture level}. For the
 * four municipalities, whose own code is at province level, use the prefecture-level code of their
 * districts (市辖区), for example {@code 110100} for Beijing. The province is derived from the
 * code, never given separately, so the two cannot disagree.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the prefecture-level division code, not null
 * @param name the city's name as the user writes it (Chinese or English), not blank, not padded
 *     with whitespace
 */
public record City(DivisionCode code, String name) {

    /**
     * Creates a city.
     *
     * @param code the prefecture-level division code, not null
     * @param name the city's name, not blank, not padded with whitespace
     * @throws IllegalArgumentException if {@code code} is not at prefecture level, or {@code name}
     *     is blank or padded
     */
    public City {
        Objects.requireNonNull(code, "code");
        if (code.level() != DivisionCode.Level.PREFECTURE) {
            String hint = code.level() == DivisionCode.Level.PROVINCE
                    ? " (for a municipality use its prefecture-level code, e.g. " + code.toString().substring(0, 2) + "0100)"
                    : " (its prefecture is " + code.prefecture().orElseThrow() + ")";
            throw new IllegalArgumentException("city code \"" + code + "\" is at " + code.level()
                    + " level; a city is a prefecture-level division, code ending in 00 but not 0000" + hint);
        }
        Checks.text("city name", name);
    }

    /**
     * Creates a city.
     *
     * @param code the prefecture-level division code, not null
     * @param name the city's name, not blank, not padded with whitespace
     * @return the city
     * @throws IllegalArgumentException if {@code code} is not at prefecture level, or {@code name}
     *     is blank or padded
     */
    public static City of(DivisionCode code, String name) {
        return new City(code, name);
    }

    /**
     * Creates a city from the text of its division code.
     *
     * @param code the prefecture-level division code as six digits, for example {@code "330100"}, not null
     * @param name the city's name, not blank, not padded with whitespace
     * @return the city
     * @throws IllegalArgumentException if {@code code} is not a valid division code at prefecture
     *     level, or {@code name} is blank or padded
     */
    public static City of(String code, String name) {
        return new City(DivisionCode.parse(code), name);
    }

    /**
     * Returns the provincial-level division the city lies in.
     *
     * @return the province, for example {@link Province#ZHEJIANG} for Hangzhou
     */
    public Province province() {
        return code.provincialUnit();
    }

    /**
     * Returns the official Chinese name of the city's provincial-level division.
     *
     * @return the name, for example {@code 浙江省}
     */
    public String provinceName() {
        return province().chineseName();
    }

    /**
     * Prints the name, code and province, for example {@code 杭州 330100 浙江省}.
     *
     * @return the city as text
     */
    @Override
    public String toString() {
        return name + " " + code + " " + provinceName();
    }
}
