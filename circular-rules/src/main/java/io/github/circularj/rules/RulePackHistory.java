package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one rule pack over time, answering which was in force on a date.
 *
 * <p>All versions share the pack id; their effective periods do not overlap.
 *
 * <p>This class is immutable and thread-safe if its packs are.
 *
 * @param <S> the type of the subject
 * @param <T> the type of the records
 */
public final class RulePackHistory<S, T> {

    private final List<RulePack<S, T>> versions;

    private RulePackHistory(List<RulePack<S, T>> versions) {
        this.versions = versions;
    }

    /**
     * Obtains a history from its versions, in any order.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param versions the versions, not empty, one pack id, periods not overlapping; copied
     * @return the history, ordered by start date
     * @throws IllegalArgumentException if there are no versions, ids differ, or periods overlap
     */
    public static <S, T> RulePackHistory<S, T> of(List<RulePack<S, T>> versions) {
        List<RulePack<S, T>> sorted = new ArrayList<>(versions);
        sorted.forEach(p -> Objects.requireNonNull(p, "version"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("rule pack history has no versions; it needs at least one");
        }
        sorted.sort(Comparator.comparing(p -> p.effectivePeriod().start()));
        String id = sorted.get(0).id();
        for (int i = 0; i < sorted.size(); i++) {
            RulePack<S, T> p = sorted.get(i);
            if (!p.id().equals(id)) {
                throw new IllegalArgumentException("rule pack history mixes pack ids \"" + id + "\" and \"" + p.id() + "\"");
            }
            if (i > 0 && sorted.get(i - 1).effectivePeriod().overlaps(p.effectivePeriod())) {
                throw new IllegalArgumentException("rule pack history: versions " + sorted.get(i - 1) + " and " + p
                        + " overlap; at most one version may be in force on any date");
            }
        }
        return new RulePackHistory<>(List.copyOf(sorted));
    }

    /**
     * Returns the version in force on a date.
     *
     * @param date the date, not null
     * @return the pack, or empty if no version was in force
     */
    public Optional<RulePack<S, T>> asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(p -> p.effectivePeriod().contains(date)).findFirst();
    }

    /**
     * Returns the versions ordered by start date.
     *
     * @return the versions, unmodifiable
     */
    public List<RulePack<S, T>> versions() {
        return versions;
    }
}
