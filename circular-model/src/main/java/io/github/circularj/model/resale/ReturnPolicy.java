package io.github.circularj.model.resale;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The return terms of a sale: the 7-day no-reason return of 消费者权益保护法 Art. 25 offered, or the
 * buyer's recorded confirmation at purchase that the goods are an exception to it, or neither.
 *
 * <p>Obtain one with {@link #sevenDayNoReason()}, {@link #exceptionConfirmedByBuyer(String)} or
 * {@link #none()}. Only an exception carries a confirmation reference. Rule RETURN-7DAY counts a
 * remote sale as compliant when its policy {@link #meetsRemoteSaleDuty() meets the remote-sale duty}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind which of the three terms applies
 * @param confirmationReference the reference of the buyer's recorded confirmation; present exactly
 *     for {@link Kind#EXCEPTION_CONFIRMED_BY_BUYER}
 */
public record ReturnPolicy(Kind kind, Optional<String> confirmationReference) {

    /** The three return terms. */
    public enum Kind {
        /** A 7-day no-reason return is offered. */
        SEVEN_DAY_NO_REASON,
        /** The buyer confirmed at purchase that the goods are an exception to the 7-day return. */
        EXCEPTION_CONFIRMED_BY_BUYER,
        /** No return is offered and no exception was confirmed. */
        NONE
    }

    /**
     * Validates the policy.
     *
     * @param kind the kind, not null
     * @param confirmationReference the confirmation reference, not null; present (not blank, not
     *     padded) exactly when {@code kind} is {@link Kind#EXCEPTION_CONFIRMED_BY_BUYER}
     * @throws IllegalArgumentException if a reference is missing for an exception, given for
     *     another kind, or blank or padded
     */
    public ReturnPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confirmationReference, "confirmationReference");
        if (kind == Kind.EXCEPTION_CONFIRMED_BY_BUYER) {
            Checks.text("confirmationReference", confirmationReference.orElseThrow(() -> new IllegalArgumentException(
                    "confirmationReference \"\" is missing; an exception to the 7-day return needs the reference "
                            + "of the buyer's recorded confirmation")));
        } else if (confirmationReference.isPresent()) {
            throw new IllegalArgumentException("confirmationReference \"" + confirmationReference.get()
                    + "\" is given for return policy " + kind + "; only an exception confirmed by the buyer has one");
        }
    }

    /**
     * Obtains the policy that offers the 7-day no-reason return.
     *
     * @return the policy
     */
    public static ReturnPolicy sevenDayNoReason() {
        return new ReturnPolicy(Kind.SEVEN_DAY_NO_REASON, Optional.empty());
    }

    /**
     * Obtains the policy of an exception to the 7-day return that the buyer confirmed.
     *
     * @param confirmationReference the reference of the buyer's recorded confirmation, not blank, not padded
     * @return the policy
     * @throws IllegalArgumentException if the reference is blank or padded
     */
    public static ReturnPolicy exceptionConfirmedByBuyer(String confirmationReference) {
        return new ReturnPolicy(Kind.EXCEPTION_CONFIRMED_BY_BUYER,
                Optional.of(Objects.requireNonNull(confirmationReference, "confirmationReference")));
    }

    /**
     * Obtains the policy of no return and no confirmed exception.
     *
     * @return the policy
     */
    public static ReturnPolicy none() {
        return new ReturnPolicy(Kind.NONE, Optional.empty());
    }

    /**
     * Returns whether a 7-day no-reason return is offered.
     *
     * @return true for {@link Kind#SEVEN_DAY_NO_REASON}
     */
    public boolean offersSevenDayNoReasonReturn() {
        return kind == Kind.SEVEN_DAY_NO_REASON;
    }

    /**
     * Returns whether the policy meets the remote-sale duty of 消费者权益保护法 Art. 25: the return is
     * offered, or the buyer confirmed an exception.
     *
     * @return true unless the kind is {@link Kind#NONE}
     */
    public boolean meetsRemoteSaleDuty() {
        return kind != Kind.NONE;
    }
}
