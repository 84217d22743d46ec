package io.github.circularj.io;

import javax.annotation.Nullable;

/**
 * Why one record (a line, a CSV row) could not be read: the field at fault, its value as read, and the
 * reason. Thrown inside the reader and turned into an
 * {@link io.github.circularj.model.lifecycle.UnreadableRecord}; it never leaves the package.
 */
final class BadRecord extends Exception {

    private static final long serialVersionUID = 1L;

    @Nullable
    private final String field;
    @Nullable
    private final String value;

    BadRecord(@Nullable String field, @Nullable String value, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.value = value;
    }

    @Nullable
    String field() {
        return field;
    }

    @Nullable
    String value() {
        return value;
    }
}
