package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * How user data on an item was erased, the payload of {@link DataErased} (rules DATA-ERASURE and
 * DATA-ERASURE-METHOD, after the mandatory national standard 数据安全技术 电子产品信息清除技术要求,
 * reported as GB 46864-2025, in force 2027-01-01).
 *
 * <p>{@code passes} is at least 1 for every method. For {@link ErasureMethod#OVERWRITE} it is the
 * number of overwrite passes, which rules compare with the standard's minimum for the medium; for
 * the other methods it is the number of times the operation was run (normally 1) and rules do not
 * read it. Whether the method is good enough is a rule's judgement, not the erasure's: a factory
 * reset is recorded as such and is valid here.
 *
 * <p>Start from a factory named after the method and add what was recorded with the {@code withX}
 * copies:
 * <pre>{@code
 * Erasure e = Erasure.overwrite(1, StorageMedium.FLASH)
 *         .withTool("EraseTool", "2.1")
 *         .withCertificate("CERT-1")
 *         .withVerified(true);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method how the data was erased
 * @param passes the number of passes (see above), at least 1
 * @param medium the kind of storage erased
 * @param tool the erasure tool's name, or empty if not recorded
 * @param toolVersion the tool's version, or empty if not recorded; present only with a tool
 * @param certificate the reference of the erasure certificate or report, or empty if none was issued
 * @param verified whether the result of the erasure was verified
 */
public record Erasure(ErasureMethod method, int passes, StorageMedium medium, Optional<String> tool,
        Optional<String> toolVersion, Optional<String> certificate, boolean verified) {

    /**
     * Validates the erasure.
     *
     * @param method the method, not null
     * @param passes the number of passes, at least 1
     * @param medium the medium, not null
     * @param tool the tool's name, not null; if present not blank, not padded
     * @param toolVersion the tool's version, not null; if present not blank, not padded, and only with a tool
     * @param certificate the certificate reference, not null; if present not blank, not padded
     * @param verified whether the result was verified
     * @throws IllegalArgumentException if {@code passes} is less than 1, a text is blank or padded, or a
     *     tool version is given without a tool
     */
    public Erasure {
        Objects.requireNonNull(method, "method");
        if (passes < 1) {
            throw new IllegalArgumentException("passes \"" + passes + "\" of erasure method " + method
                    + " is less than 1; an erasure runs at least once");
        }
        Objects.requireNonNull(medium, "medium");
        Checks.optionalText("tool", tool);
        Checks.optionalText("toolVersion", toolVersion);
        if (toolVersion.isPresent() && tool.isEmpty()) {
            throw new IllegalArgumentException("toolVersion \"" + toolVersion.get()
                    + "\" is given without a tool; a version belongs to a named tool");
        }
        Checks.optionalText("certificate", certificate);
    }

    /**
     * Obtains an erasure by a method, with no tool, no certificate and not verified.
     *
     * @param method the method, not null
     * @param passes the number of passes, at least 1
     * @param medium the medium, not null
     * @return the erasure
     * @throws IllegalArgumentException if {@code passes} is less than 1
     */
    public static Erasure of(ErasureMethod method, int passes, StorageMedium medium) {
        return new Erasure(method, passes, medium, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /**
     * Obtains an overwrite of every addressable location in some passes, not verified.
     *
     * @param passes the number of overwrite passes, at least 1
     * @param medium the medium, not null
     * @return the erasure
     * @throws IllegalArgumentException if {@code passes} is less than 1
     */
    public static Erasure overwrite(int passes, StorageMedium medium) {
        return of(ErasureMethod.OVERWRITE, passes, medium);
    }

    /**
     * Obtains one run of the storage's own sanitize or block-erase command, not verified.
     *
     * @param medium the medium, not null
     * @return the erasure
     */
    public static Erasure blockErase(StorageMedium medium) {
        return of(ErasureMethod.BLOCK_ERASE, 1, medium);
    }

    /**
     * Obtains one destruction of the key of storage that was encrypted throughout, not verified.
     *
     * @param medium the medium, not null
     * @return the erasure
     */
    public static Erasure cryptoErase(StorageMedium medium) {
        return of(ErasureMethod.CRYPTO_ERASE, 1, medium);
    }

    /**
     * Obtains one factory reset of the device, not verified.
     *
     * @param medium the medium, not null
     * @return the erasure
     */
    public static Erasure factoryReset(StorageMedium medium) {
        return of(ErasureMethod.FACTORY_RESET, 1, medium);
    }

    /**
     * Returns a copy with the tool that performed the erasure.
     *
     * @param name the tool's name, not blank, not padded
     * @param version the tool's version, not blank, not padded
     * @return the copy
     * @throws IllegalArgumentException if the name or version is blank or padded
     */
    public Erasure withTool(String name, String version) {
        return new Erasure(method, passes, medium, Optional.of(Checks.text("tool", name)),
                Optional.of(Checks.text("toolVersion", version)), certificate, verified);
    }

    /**
     * Returns a copy with the reference of the erasure certificate or report.
     *
     * @param reference the reference, not blank, not padded
     * @return the copy
     * @throws IllegalArgumentException if the reference is blank or padded
     */
    public Erasure withCertificate(String reference) {
        return new Erasure(method, passes, medium, tool, toolVersion,
                Optional.of(Checks.text("certificate", reference)), verified);
    }

    /**
     * Returns a copy that says whether the result of the erasure was verified.
     *
     * @param isVerified whether the result was verified
     * @return the copy
     */
    public Erasure withVerified(boolean isVerified) {
        return new Erasure(method, passes, medium, tool, toolVersion, certificate, isVerified);
    }
}
