package io.github.circularj.rules;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a rule pack scores: something with an id, a name and a stream of records.
 *
 * <p>For an enterprise the records are its item lifecycles and the subject type also carries the
 * enterprise, its roles and its declared profile; for a city the records are its enterprises' scorecards
 * and the subject carries the user-supplied city statistics. The engine reads {@link #records()} exactly
 * once per evaluation and never keeps the records, so a subject may stream millions of them from a file
 * or a database. Rules read anything else they need (roles, profile, statistics) from the subject type
 * itself, which is why rules, packs and the engine are generic over it.
 *
 * @param <T> the type of the records
 */
public interface Subject<T> {

    /**
     * Returns the subject's id, such as an enterprise's credit code or a city's division code.
     *
     * @return the id, not null
     */
    String id();

    /**
     * Returns the subject's name for people.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Returns a new stream of the subject's records. A parallel stream is allowed: the engine merges
     * the partial accumulations in that case.
     *
     * @return the records, not null; a fresh stream on each call
     */
    Stream<T> records();

    /**
     * Returns how many accepted submissions one record holds, for the engine's rule that a subject holding
     * none is not rated: 1 per record unless a subject says otherwise (an enterprise counts the events of
     * each item's history, so a ledger of items whose every event was rejected holds none).
     *
     * @param record one of this subject's records, not null
     * @return the accepted submissions it holds, zero or more
     */
    default long acceptedIn(T record) {
        return 1;
    }

    /**
     * Obtains a plain subject whose records come from a supplier of streams.
     *
     * @param <T> the type of the records
     * @param id the id, not null
     * @param name the name, not null
     * @param records supplies a fresh stream of the records on each call, not null
     * @return the subject
     */
    static <T> Subject<T> of(String id, String name, Supplier<? extends Stream<T>> records) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(records, "records");
        return new Subject<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Stream<T> records() {
                return records.get();
            }

            @Override
            public String toString() {
                return id + " (" + name + ")";
            }
        };
    }
}
