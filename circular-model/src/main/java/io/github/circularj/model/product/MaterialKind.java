package io.github.circularj.model.product;

/**
 * Whether a material circulates in the technical or the biological cycle, as the Ellen MacArthur
 * Foundation's butterfly diagram and the Material Circularity Indicator (2019 biological terms)
 * distinguish them.
 */
public enum MaterialKind {

    /** Metals, plastics, glass and other materials kept in use by reuse, repair and recycling. */
    TECHNICAL,

    /**
     * Wood, cotton, paper and other renewable materials that may come from sustainably-produced
     * biological feedstock (F_S) and may be composted (C_C).
     */
    BIOLOGICAL
}
