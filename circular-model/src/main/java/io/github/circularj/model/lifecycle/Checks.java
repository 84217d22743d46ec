package io.github.circularj.model.lifecycle;

import io.github.circularj.model.Money;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Shared checks and wording for this package's validation messages. */
final class Checks {

    private Checks() {
    }

    /** Checks a free text: not blank, no leading or trailing whitespace (never trimmed). */
    static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is blank; it needs at least one visible character");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " \"" + value
                    + "\" has leading or trailing whitespace; text is taken as given and never trimmed");
        }
        return value;
    }

    /** Checks an optional free text: not null; if present, as {@link #text}. */
    static Optional<String> optionalText(String field, Optional<String> value) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> text(field, v));
        return value;
    }

    /** Checks that an amount of money is zero or more. */
    static Money nonNegative(String field, Money money) {
        Objects.requireNonNull(money, field);
        if (money.isNegative()) {
            throw new IllegalArgumentException(field + " \"" + money + "\" is negative; it must be zero or more");
        }
        return money;
    }

    /** Checks the components every event has. */
    static void common(EventId id, ItemId itemId, Instant at, Actor actor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
