package io.github.circularj.io;

import io.github.circularj.model.lifecycle.UnreadableRecord;
import java.util.Optional;

/** Turns a {@link BadRecord} into an {@link UnreadableRecord}, never failing. */
final class Unreadable {

    private Unreadable() {
    }

    static UnreadableRecord of(String source, long line, BadRecord bad) {
        return of(source, line, bad.field(), bad.value(), bad.getMessage());
    }

    static UnreadableRecord of(String source, long line, String field, String value, String reason) {
        try {
            return field == null ? UnreadableRecord.ofLine(source, line, reason)
                    : UnreadableRecord.ofField(source, line, field, value, reason);
        } catch (IllegalArgumentException e) {
            // a reason the model will not keep (it would hold a personal number): keep the place and field only
            return new UnreadableRecord(source, line, Optional.ofNullable(field).filter(f -> !f.isBlank()),
                    Optional.empty(), value == null ? 0 : value.length(),
                    "the record could not be read, and the reason cannot be shown without personal data");
        }
    }

    static UnreadableRecord tooLong(String source, long line, long bytes, int max) {
        return new UnreadableRecord(source, line, Optional.empty(), Optional.empty(), bytes, "the line has " + bytes
                + " bytes, more than the limit of " + max + "; it was skipped without being read");
    }
}
