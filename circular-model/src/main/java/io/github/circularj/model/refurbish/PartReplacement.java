package io.github.circularj.model.refurbish;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;

/**
 * One part replaced during refurbishment, for example {@code battery, COMPATIBLE}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param part the part's name, not blank, not padded with whitespace
 * @param origin where the replacement part came from
 */
public record PartReplacement(String part, PartOrigin origin) {

    /**
     * Validates the replacement.
     *
     * @param part the part's name, not blank, not padded with whitespace
     * @param origin where the replacement part came from, not null
     * @throws IllegalArgumentException if {@code part} is blank or padded
     */
    public PartReplacement {
        Checks.text("part", part);
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Obtains a part replacement.
     *
     * @param part the part's name, not blank, not padded with whitespace
     * @param origin where the replacement part came from, not null
     * @return the replacement
     * @throws IllegalArgumentException if {@code part} is blank or padded
     */
    public static PartReplacement of(String part, PartOrigin origin) {
        return new PartReplacement(part, origin);
    }
}
