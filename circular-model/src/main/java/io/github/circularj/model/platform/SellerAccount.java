package io.github.circularj.model.platform;

import io.github.circularj.model.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A seller's account on a platform: who sells (an enterprise or a private person, by the platform's reference,
 * never an identity number), when the account was opened, the platform's checks of the seller (the first
 * verification and the re-checks, 电子商务法 Art. 27), whether an enterprise seller's licence information is
 * displayed (Art. 15), whether a private seller has registered as an operator, and a suspension.
 *
 * <pre>{@code
 * SellerAccount shop = SellerAccount.builder("SELLER-17", SellerKind.ENTERPRISE, opened)
 *         .verified(SellerCheck.of("KYC-17", opened))
 *         .recheck(SellerCheck.of("KYC-17-R1", opened.plus(Duration.ofDays(170))))
 *         .licenceDisplayed()
 *         .build();
 * }</pre>
 *
 * <p>Valid by construction: the checks are in time order, none before the account was opened; re-checks need a
 * first verification; only an enterprise displays a licence and only a private person registers as an operator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SellerAccount {

    /** The longest seller id accepted, in characters. */
    public static final int MAX_ID_LENGTH = 64;

    private final String id;
    private final SellerKind kind;
    private final Instant openedAt;
    @Nullable
    private final SellerCheck verification;
    private final List<SellerCheck> rechecks;
    private final boolean licenceDisplayed;
    @Nullable
    private final SellerCheck operatorRegistration;
    @Nullable
    private final Instant suspendedAt;

    private SellerAccount(Builder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.openedAt = b.openedAt;
        this.verification = b.verification;
        this.rechecks = List.copyOf(b.rechecks);
        this.licenceDisplayed = b.licenceDisplayed;
        this.operatorRegistration = b.operatorRegistration;
        this.suspendedAt = b.suspendedAt;
        Instant last = openedAt;
        String lastName = "the account's opening";
        for (SellerCheck c : checks()) {
            if (c.at().isBefore(last)) {
                throw new IllegalArgumentException("seller \"" + id + "\": check \"" + c.reference() + "\" at " + c.at()
                        + " is before " + lastName + " at " + last + "; checks follow the opening, in time order");
            }
            last = c.at();
            lastName = "check \"" + c.reference() + "\"";
        }
        if (!rechecks.isEmpty() && verification == null) {
            throw new IllegalArgumentException("seller \"" + id + "\" has re-checks but no first verification; a"
                    + " re-check follows a verification");
        }
        if (licenceDisplayed && kind != SellerKind.ENTERPRISE) {
            throw new IllegalArgumentException("seller \"" + id + "\" is a " + kind + " and displays a licence; only an"
                    + " enterprise seller has licence information to display (电子商务法 Art. 15)");
        }
        if (operatorRegistration != null) {
            if (kind != SellerKind.PRIVATE_PERSON) {
                throw new IllegalArgumentException("seller \"" + id + "\" is an " + kind + " with an operator"
                        + " registration; only a private person registers as an operator");
            }
            if (operatorRegistration.at().isBefore(openedAt)) {
                throw new IllegalArgumentException("seller \"" + id + "\": operator registration at "
                        + operatorRegistration.at() + " is before the account's opening at " + openedAt);
            }
        }
        if (suspendedAt != null && suspendedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("seller \"" + id + "\": suspension at " + suspendedAt
                    + " is before the account's opening at " + openedAt);
        }
    }

    /**
     * Starts an account.
     *
     * @param id the platform's reference of the seller, not null, 1 to {@value #MAX_ID_LENGTH} visible characters,
     *     holding no identity-card or mobile number
     * @param kind an enterprise or a private person, not null
     * @param openedAt when the account was opened, not null
     * @return the builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public static Builder builder(String id, SellerKind kind, Instant openedAt) {
        return new Builder(id, kind, openedAt);
    }

    /**
     * Returns the seller's id.
     *
     * @return the platform's reference of the seller
     */
    public String id() {
        return id;
    }

    /**
     * Returns whether the seller is an enterprise or a private person.
     *
     * @return the kind
     */
    public SellerKind kind() {
        return kind;
    }

    /**
     * Returns when the account was opened.
     *
     * @return the instant
     */
    public Instant openedAt() {
        return openedAt;
    }

    /**
     * Returns the platform's first verification of the seller.
     *
     * @return the verification, or empty if the seller was never verified
     */
    public Optional<SellerCheck> verification() {
        return Optional.ofNullable(verification);
    }

    /**
     * Returns the re-checks after the first verification, oldest first.
     *
     * @return the re-checks, unmodifiable, possibly empty
     */
    public List<SellerCheck> rechecks() {
        return rechecks;
    }

    /**
     * Returns every check, the verification first, then the re-checks, oldest first.
     *
     * @return the checks, possibly empty
     */
    public List<SellerCheck> checks() {
        List<SellerCheck> all = new ArrayList<>(rechecks.size() + 1);
        if (verification != null) {
            all.add(verification);
        }
        all.addAll(rechecks);
        return all;
    }

    /**
     * Returns whether an enterprise seller's licence information is displayed.
     *
     * @return true if displayed; always false for a private person
     */
    public boolean isLicenceDisplayed() {
        return licenceDisplayed;
    }

    /**
     * Returns a private seller's registration as an operator (a market entity).
     *
     * @return the registration check, or empty
     */
    public Optional<SellerCheck> operatorRegistration() {
        return Optional.ofNullable(operatorRegistration);
    }

    /**
     * Returns when the account was suspended.
     *
     * @return the instant, or empty if it was not
     */
    public Optional<Instant> suspendedAt() {
        return Optional.ofNullable(suspendedAt);
    }

    /**
     * Checks whether another object is an account with the same fields.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof SellerAccount o && id.equals(o.id) && kind == o.kind && openedAt.equals(o.openedAt)
                && Objects.equals(verification, o.verification) && rechecks.equals(o.rechecks)
                && licenceDisplayed == o.licenceDisplayed && Objects.equals(operatorRegistration, o.operatorRegistration)
                && Objects.equals(suspendedAt, o.suspendedAt);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, kind, openedAt, verification, rechecks, licenceDisplayed, operatorRegistration, suspendedAt);
    }

    /**
     * Returns the account as text, e.g. {@code "SELLER-17 (ENTERPRISE)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id + " (" + kind + ")";
    }

    /** Builds an account; validates when built. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final SellerKind kind;
        private final Instant openedAt;
        @Nullable
        private SellerCheck verification;
        private final List<SellerCheck> rechecks = new ArrayList<>();
        private boolean licenceDisplayed;
        @Nullable
        private SellerCheck operatorRegistration;
        @Nullable
        private Instant suspendedAt;

        private Builder(String id, SellerKind kind, Instant openedAt) {
            this.id = Checks.text("seller id", id, MAX_ID_LENGTH);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        }

        /**
         * Sets the first verification.
         *
         * @param check the verification, not null
         * @return this builder
         */
        public Builder verified(SellerCheck check) {
            this.verification = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * Adds a re-check, after the verification and the earlier re-checks.
         *
         * @param check the re-check, not null
         * @return this builder
         */
        public Builder recheck(SellerCheck check) {
            rechecks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Marks an enterprise seller's licence information as displayed.
         *
         * @return this builder
         */
        public Builder licenceDisplayed() {
            this.licenceDisplayed = true;
            return this;
        }

        /**
         * Sets a private seller's registration as an operator.
         *
         * @param check the registration, not null
         * @return this builder
         */
        public Builder operatorRegistration(SellerCheck check) {
            this.operatorRegistration = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * Sets when the account was suspended.
         *
         * @param at the instant, not null
         * @return this builder
         */
        public Builder suspendedAt(Instant at) {
            this.suspendedAt = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * Builds the account.
         *
         * @return the account
         * @throws IllegalArgumentException if the checks are out of order or before the opening, a re-check has no
         *     verification, a private person displays a licence or an enterprise registers as an operator, or the
         *     suspension is before the opening
         */
        public SellerAccount build() {
            return new SellerAccount(this);
        }
    }
}
