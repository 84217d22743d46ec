package io.github.circularj.model.party;

import io.github.circularj.model.internal.Text;
import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A six-digit administrative division code of the People's Republic of China (GB/T 2260
 * 中华人民共和国行政区划代码), for example {@code 330100} for Hangzhou.
 *
 * <p>The code has three two-digit parts: the provincial-level division (digits 1–2), the
 * prefecture-level division within it (digits 3–4) and the county-level division within that
 * (digits 5–6). Trailing {@code 00} pairs mark a higher {@link Level}: {@code 330000} is the
 * province of Zhejiang, {@code 330100} the prefecture-level city of Hangzhou, {@code 330106} its
 * Xihu district. The province prefix must be one of China's 34 provincial-level codes (see
 * {@link Province}); a county-level code must name a prefecture (digits 3–4 not {@code 00}).
 * Whether a particular code is currently assigned is not checked: GB/T 2260 changes every year,
 * and historical codes remain in records.
 *
 * <p>Only the ASCII digits {@code 0}–{@code 9} are accepted; full-width digits such as
 * {@code ９} are refused, not converted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    /** The level of a division in the three-level hierarchy of GB/T 2260. */
    public enum Level {
        /** A provincial-level division: province, autonomous region, municipality or SAR; code ends in {@code 0000}. */
        PROVINCE,
        /** A prefecture-level division, or the grouping of a municipality's districts; code ends in {@code 00}. */
        PREFECTURE,
        /** A county-level division: county, district or county-level city; code ends in neither. */
        COUNTY
    }

    private final String code;

    private DivisionCode(String code) {
        this.code = code;
    }

    /**
     * Parses a six-digit division code.
     *
     * @param code six ASCII digits with a provincial-level prefix, for example {@code "330100"}, not null
     * @return the division code
     * @throws IllegalArgumentException if {@code code} is not six ASCII digits, its prefix is not a
     *     provincial-level code, or it has county digits without prefecture digits
     */
    public static DivisionCode parse(String code) {
        Objects.requireNonNull(code, "divisionCode");
        String problem = problemWith(code);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new DivisionCode(code);
    }

    /**
     * Checks whether a text is a valid division code, as {@link #parse(String)} would accept it.
     * Never throws.
     *
     * @param code the text to check, may be null
     * @return true if {@link #parse(String)} would accept {@code code}
     */
    public static boolean isValid(@Nullable String code) {
        return code != null && problemWith(code) == null;
    }

    /** Returns the message for the first rule {@code code} breaks, or null if it breaks none. */
    @Nullable
    static String problemWith(String code) {
        String quoted = "divisionCode \"" + Text.quote(code) + "\"";
        if (code.length() != 6) {
            return quoted + " has " + code.codePointCount(0, code.length())
                    + " characters; an administrative division code has 6 digits";
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return quoted + " has " + Checks.kindOf(c) + " '" + c + "' at position " + (i + 1)
                        + "; an administrative division code has only the ASCII digits 0-9";
            }
        }
        if (Province.ofPrefix(code.substring(0, 2)).isEmpty()) {
            return quoted + " has province prefix " + code.substring(0, 2)
                    + "; the prefix must be one of China's provincial-level codes "
                    + "11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 or 82";
        }
        if (code.startsWith("00", 2) && !code.startsWith("00", 4)) {
            return quoted + " has county digits " + code.substring(4) + " under prefecture digits 00;"
                    + " a county-level code belongs to a prefecture (digits 3-4 not 00)";
        }
        return null;
    }

    /**
     * Returns the level of this division.
     *
     * @return {@link Level#PROVINCE} for {@code xx0000}, {@link Level#PREFECTURE} for
     *     {@code xxxx00}, otherwise {@link Level#COUNTY}
     */
    public Level level() {
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    /**
     * Returns the provincial-level division this code lies in (itself if it is one).
     *
     * @return the province-level code, for example {@code 330000} for {@code 330106}
     */
    public DivisionCode province() {
        return level() == Level.PROVINCE ? this : new DivisionCode(code.substring(0, 2) + "0000");
    }

    /**
     * Returns the prefecture-level division this code lies in (itself if it is one).
     *
     * @return the prefecture-level code, for example {@code 330100} for {@code 330106}; empty for a
     *     province-level code, which lies in no prefecture
     */
    public Optional<DivisionCode> prefecture() {
        switch (level()) {
            case PROVINCE:
                return Optional.empty();
            case PREFECTURE:
                return Optional.of(this);
            default:
                return Optional.of(new DivisionCode(code.substring(0, 4) + "00"));
        }
    }

    /**
     * Returns the provincial-level division with its names.
     *
     * @return the provincial-level division, for example {@link Province#ZHEJIANG} for {@code 330100}
     */
    public Province provincialUnit() {
        return Province.ofPrefix(code.substring(0, 2)).orElseThrow();
    }

    /**
     * Checks whether this division is {@code other} or lies within it.
     *
     * @param other the possibly enclosing division, not null
     * @return true if {@code other} is this code, its prefecture or its province
     */
    public boolean isWithin(DivisionCode other) {
        return other.equals(this) || other.equals(province()) || prefecture().map(other::equals).orElse(false);
    }

    /**
     * Compares the codes as text, which orders them numerically.
     *
     * @param other the other code, not null
     * @return negative, zero or positive as this code is before, equal to or after {@code other}
     */
    @Override
    public int compareTo(DivisionCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks whether another object is the same division code.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DivisionCode other && code.equals(other.code);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the six digits.
     *
     * @return the code, for example {@code 330100}
     */
    @Override
    public String toString() {
        return code;
    }
}
