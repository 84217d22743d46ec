package io.github.circularj.rules;

/**
 * How strong the source of a rule's duty or threshold is.
 *
 * <p>Every citation carries a basis so that a report can tell law from a library default, as the
 * policy documentation of this project (docs/policy.md) requires.
 */
public enum Basis {
    /** A law or regulation article states the duty and, where given, the number. */
    STATUTE("statute"),
    /** A national, industry or group standard. */
    STANDARD("standard"),
    /** A government plan's numeric target. */
    POLICY_TARGET("policy target"),
    /**
     * The duty is real but the number is a proposed default of this library; such thresholds are
     * always overridable and reports say that they are defaults.
     */
    LIBRARY_DEFAULT("library default");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    /**
     * Returns the basis as lower-case words for reports, for example {@code "library default"}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether the threshold is this library's own proposal rather than a published number.
     *
     * @return true only for {@link #LIBRARY_DEFAULT}
     */
    public boolean isLibraryDefault() {
        return this == LIBRARY_DEFAULT;
    }
}
