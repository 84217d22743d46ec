package io.github.circularj.model.product;

import io.github.circularj.model.internal.Checks;
import java.util.Comparator;
import java.util.Objects;

/**
 * A material of which products are made, for example steel, ABS plastic or cotton.
 *
 * <p>The name is 1 to {@value #MAX_NAME_LENGTH} characters, not blank, without leading or trailing
 * whitespace; it is case-sensitive. Materials order by name, then kind, which gives compositions a
 * deterministic order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the material's name, for example {@code aluminium}
 * @param kind whether it is a technical or a biological material
 */
public record Material(String name, MaterialKind kind) implements Comparable<Material> {

    /** The longest material name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final Comparator<Material> ORDER =
            Comparator.comparing(Material::name).thenComparing(Material::kind);

    /**
     * Validates the material.
     *
     * @param name the name, not null, not blank, trimmed, at most {@value #MAX_NAME_LENGTH} characters
     * @param kind the kind, not null
     * @throws IllegalArgumentException if the name is blank, too long or not trimmed
     */
    public Material {
        Checks.text("material name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Obtains a technical material.
     *
     * @param name the name, not null
     * @return the material
     * @throws IllegalArgumentException if the name is blank, too long or not trimmed
     */
    public static Material technical(String name) {
        return new Material(name, MaterialKind.TECHNICAL);
    }

    /**
     * Obtains a biological material.
     *
     * @param name the name, not null
     * @return the material
     * @throws IllegalArgumentException if the name is blank, too long or not trimmed
     */
    public static Material biological(String name) {
        return new Material(name, MaterialKind.BIOLOGICAL);
    }

    /**
     * Returns whether this is a biological material.
     *
     * @return true if {@link MaterialKind#BIOLOGICAL}
     */
    public boolean isBiological() {
        return kind == MaterialKind.BIOLOGICAL;
    }

    /**
     * Orders by name, then kind.
     *
     * @param other the other material, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Material other) {
        return ORDER.compare(this, other);
    }

    /**
     * Prints the name and kind, for example {@code cotton (BIOLOGICAL)}.
     *
     * @return the material as text, not null
     */
    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
