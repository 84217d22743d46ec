package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.party.IdentityVerification;
import java.util.Objects;

/**
 * The intake record kept when an item was {@link Collected}: where it was taken in, how the seller's
 * identity was verified there, and the reference under which the record is kept in the operator's
 * system (rule SRC-REGISTRATION: verify and record the seller's identity when buying in;
 * 废旧金属收购业治安管理办法 Art. 7 by analogy, 电子商务法 Art. 27 for platform sellers).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param site where the item was taken in, for example a store or recycling-point label
 * @param verificationMethod how the seller's identity was verified
 * @param reference the record's reference in the operator's system
 */
public record SourceRecord(String site, IdentityVerification.Method verificationMethod, String reference) {

    /**
     * Validates the record.
     *
     * @param site the site, not blank, not padded with whitespace
     * @param verificationMethod the verification method, not null
     * @param reference the reference, not blank, not padded with whitespace
     * @throws IllegalArgumentException if the site or reference is blank or padded, or contains an
     *     identity-card or mobile number
     */
    public SourceRecord {
        // the model's text rule refuses a personal number too
        Checks.text("source record site", site);
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Checks.text("source record reference", reference);
    }

    /**
     * Obtains a source record.
     *
     * @param site the site, not blank, not padded with whitespace
     * @param verificationMethod the verification method, not null
     * @param reference the reference, not blank, not padded with whitespace
     * @return the record
     * @throws IllegalArgumentException if the site or reference is blank or padded, or contains an
     *     identity-card or mobile number
     */
    public static SourceRecord of(String site, IdentityVerification.Method verificationMethod, String reference) {
        return new SourceRecord(site, verificationMethod, reference);
    }
}
