package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An {@link Indicator} whose accumulator can leave the JVM: it writes an accumulator's fields to a
 * {@link DataOutput} and reads them back from a {@link DataInput}, so that a distributed engine (a Flink
 * keyed state, a checkpoint, a network exchange between two tasks) can hold partial accumulations.
 *
 * <p>Every built-in indicator is portable: the measures of {@link Indicators}, the building blocks of
 * {@code rules.blocks} and the indicators of the packs. Their accumulators write their own fields: counts,
 * exact decimal sums, the bounded evidence sets and per-key maps. The contract is that of a round trip:
 * {@code finish(read(in))} equals {@code finish(acc)} for the bytes {@code write(acc, out)} gave, and the read
 * accumulator merges and accepts records like the original. Bytes are read back only by an equal indicator (the
 * same rule of the same pack, for a subject planned alike): the format carries no type tags and no version;
 * {@link ScoringPlan} frames the lanes of an evaluation with both.
 *
 * <p>Writing never changes the accumulator. An implementation must be stateless itself, like any indicator.
 *
 * @param <T> the type of the records
 * @param <A> the type of the mutable accumulator
 */
public interface PortableIndicator<T, A> extends Indicator<T, A> {

    /**
     * Writes an accumulator's fields.
     *
     * @param acc the accumulator, from this indicator, not null; not changed
     * @param out where to write, not null
     * @throws IOException if the output fails
     */
    void write(A acc, DataOutput out) throws IOException;

    /**
     * Reads an accumulator that {@link #write(Object, DataOutput)} wrote.
     *
     * @param in where to read, not null
     * @return a new accumulator equal in everything {@link #finish(Object)} and {@link #merge(Object, Object)} see
     * @throws IOException if the input fails or does not hold such an accumulator (a count out of range,
     *     more ids than the evidence limit)
     */
    A read(DataInput in) throws IOException;

    /**
     * Writes a text of any length as its UTF-8 length and bytes ({@link DataOutput#writeUTF} stops at 65,535 bytes).
     *
     * @param out where to write, not null
     * @param text the text, not null
     * @throws IOException if the output fails
     */
    static void writeText(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads a text that {@link #writeText(DataOutput, String)} wrote.
     *
     * @param in where to read, not null
     * @return the text
     * @throws IOException if the input fails or its length is negative
     */
    static String readText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("text length \"" + length + "\" is negative; a written text has 0 bytes or more");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Reads a total that must not be negative, such as records accepted, naming what it counts when it is.
     *
     * @param in where to read, not null
     * @param what what is counted, for the message, not null
     * @return the total
     * @throws IOException if the input fails or the total is negative
     */
    static long readTotal(DataInput in, String what) throws IOException {
        long n = in.readLong();
        if (n < 0) {
            throw new IOException(what + " \"" + n + "\" are negative; a count is 0 or more");
        }
        return n;
    }

    /**
     * Reads the two counts of a share, those in scope then those complying, refusing counts that cannot be.
     *
     * @param in where to read, not null
     * @param what what is counted, for the message, not null
     * @return the counts: in scope, complying
     * @throws IOException if the input fails or the counts are negative or more comply than are in scope
     */
    static long[] readShare(DataInput in, String what) throws IOException {
        long scope = in.readLong();
        long complying = in.readLong();
        if (scope < 0 || complying < 0 || complying > scope) {
            throw new IOException(what + " \"" + complying + " of " + scope
                    + "\" are not counts; complying records are from 0 to those in scope");
        }
        return new long[] {scope, complying};
    }

    /**
     * Reads a count that must not be negative nor above a bound, naming what it counts when it is.
     *
     * @param in where to read, not null
     * @param what what is counted, for the message, not null
     * @param max the largest count allowed
     * @return the count
     * @throws IOException if the input fails or the count is out of range
     */
    static int readCount(DataInput in, String what, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException(what + " \"" + n + "\" is out of range; it must be from 0 to " + max);
        }
        return n;
    }
}
