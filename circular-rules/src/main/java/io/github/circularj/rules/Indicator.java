package io.github.circularj.rules;

/**
 * Turns records into a {@link Measurement} in a single pass through a mutable accumulator.
 *
 * <p>It has the shape of {@link java.util.stream.Collector} and of the aggregate functions of Flink
 * and Spark: {@link #start()} makes an empty accumulator, {@link #accept(Object, Object)} folds one record
 * in, {@link #merge(Object, Object)} combines two partial accumulators and {@link #finish(Object)} reads
 * the measurement. So a rule runs in one loop, in parallel or on a distributed engine unchanged.
 *
 * <p>An implementation must be stateless itself (all state lives in the accumulators) and give the same
 * measurement whatever the order of the records and however they were split and merged; its accumulator
 * must not grow with the number of records. The built-ins are in {@link Indicators}.
 *
 * @param <T> the type of the records
 * @param <A> the type of the mutable accumulator
 */
public interface Indicator<T, A> {

    /**
     * Makes a new, empty accumulator.
     *
     * @return the accumulator
     */
    A start();

    /**
     * Folds one record into an accumulator.
     *
     * @param acc the accumulator, from {@link #start()} or {@link #merge(Object, Object)}
     * @param record the record
     */
    void accept(A acc, T record);

    /**
     * Combines two accumulators of disjoint parts of the records; may reuse either argument.
     *
     * @param left the accumulator of the earlier part
     * @param right the accumulator of the later part
     * @return the accumulator of both parts
     */
    A merge(A left, A right);

    /**
     * Reads the measurement from an accumulator.
     *
     * @param acc the accumulator of all the records
     * @return the measurement
     */
    Measurement finish(A acc);
}
