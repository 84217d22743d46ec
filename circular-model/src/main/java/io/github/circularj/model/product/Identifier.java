package io.github.circularj.model.product;

/**
 * An identifier printed on or stored in one physical item: an {@link Imei}, a {@link Vin} or a
 * {@link SerialNumber}.
 *
 * <p>Every implementation validates on construction, offers {@code parse(String)} (which throws on bad
 * input) and {@code isValid(String)} (which never throws), and prints as its code:
 * {@code toString()} equals {@link #value()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Identifier permits Imei, Vin, SerialNumber {

    /**
     * Returns the identifier's code, exactly as validated.
     *
     * @return the code, not null
     */
    String value();
}
