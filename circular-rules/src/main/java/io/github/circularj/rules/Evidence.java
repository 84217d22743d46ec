package io.github.circularj.rules;

import java.util.List;
import java.util.Objects;

/**
 * The offending records behind a measurement: how many there were and a bounded sample of their ids.
 *
 * <p>The sample holds the smallest ids in natural {@link String} order, at most the evaluation's
 * evidence limit (20 by default), so that it is the same whatever order the records came in and however
 * the work was split.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many records offended, not negative
 * @param ids the smallest offending ids in ascending order, no more than {@code count}
 */
public record Evidence(long count, List<String> ids) {

    private static final Evidence NONE = new Evidence(0, List.of());

    /**
     * Validates the evidence and copies the ids.
     *
     * @param count the number of offending records, not negative
     * @param ids the sample of ids, not null, strictly ascending, no more than {@code count}
     * @throws IllegalArgumentException if the count is negative, or the ids are out of order or too many
     */
    public Evidence {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (count < 0) {
            throw new IllegalArgumentException("evidence count \"" + count + "\" is negative; a count is never negative");
        }
        if (ids.size() > count) {
            throw new IllegalArgumentException("evidence ids " + ids + " are more than the count \"" + count + "\"");
        }
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                throw new IllegalArgumentException("evidence ids " + ids + " are not strictly ascending");
            }
        }
    }

    /**
     * Returns the evidence of no offence.
     *
     * @return evidence with count 0 and no ids
     */
    public static Evidence none() {
        return NONE;
    }

    /**
     * Returns whether some offending ids were left out of the sample.
     *
     * @return true if the count exceeds the number of ids listed
     */
    public boolean isTruncated() {
        return count > ids.size();
    }

    /**
     * Returns the evidence as text, for example {@code "12 offending: A1, A2, … (10 more)"}.
     *
     * @return the evidence as text
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "none offending";
        }
        String listed = ids.isEmpty() ? "" : ": " + String.join(", ", ids);
        String more = isTruncated() ? (ids.isEmpty() ? "" : ", … (" + (count - ids.size()) + " more)") : "";
        return count + " offending" + listed + more;
    }
}
