package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * The receipt of goods a buyer returned, the payload of {@link Returned}: the buyer's reason and
 * when the goods were received, from which the 7-day refund period of 消费者权益保护法 Art. 25 runs
 * (rule REFUND-7DAY). That instant may differ from the event's, which is when the return was
 * recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reason the buyer's reason, or a note such as {@code no reason given}
 * @param receivedAt when the returned goods were received
 */
public record ReturnReceipt(String reason, Instant receivedAt) {

    /**
     * Validates the receipt.
     *
     * @param reason the reason, not blank, not padded
     * @param receivedAt when the goods were received, not null
     * @throws IllegalArgumentException if the reason is blank or padded, or contains an identity-card
     *     or mobile number
     */
    public ReturnReceipt {
        Checks.text("return reason", reason); // the model's text rule refuses a personal number too
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Obtains a receipt.
     *
     * @param reason the reason, not blank, not padded
     * @param receivedAt when the goods were received, not null
     * @return the receipt
     * @throws IllegalArgumentException if the reason is blank or padded, or contains an identity-card
     *     or mobile number
     */
    public static ReturnReceipt of(String reason, Instant receivedAt) {
        return new ReturnReceipt(reason, receivedAt);
    }
}
