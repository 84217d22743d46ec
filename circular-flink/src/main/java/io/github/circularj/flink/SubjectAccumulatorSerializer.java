package io.github.circularj.flink;

import io.github.circularj.rules.PortableIndicator;
import io.github.circularj.rules.ScoringPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer of a {@link SubjectAccumulator}: whether it holds a subject, the subject's id, then the plan's
 * accumulator as {@link ScoringPlan#write} writes it (every built-in indicator's fields: counts, exact sums, bounded
 * evidence sets, per-key maps). Reading finds the subject's plan through the {@link SubjectPlans}, so no type tags
 * are written and Kryo is never used. Its snapshot is {@link SubjectAccumulatorSerializerSnapshot}.
 *
 * @param <T> the type of the records
 */
public final class SubjectAccumulatorSerializer<T> extends TypeSerializer<SubjectAccumulator> {

    private static final long serialVersionUID = 1L;

    /** The plans whose accumulators this serializer writes and reads. */
    private final SubjectPlans<?, T> plans;

    /**
     * Obtains the serializer of the accumulators of these plans.
     *
     * @param plans the plans, not null
     */
    public SubjectAccumulatorSerializer(SubjectPlans<?, T> plans) {
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    SubjectPlans<?, T> plans() {
        return plans;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    /** Returns this serializer: it is stateless (its plans are thread-safe). */
    @Override
    public TypeSerializer<SubjectAccumulator> duplicate() {
        return this;
    }

    @Override
    public SubjectAccumulator createInstance() {
        return new SubjectAccumulator();
    }

    /** Copies deeply, by writing and reading: the copy shares nothing mutable with the original. */
    @Override
    public SubjectAccumulator copy(SubjectAccumulator from) {
        if (from.isEmpty()) {
            return new SubjectAccumulator();
        }
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("copying the accumulator of " + from.id() + " failed", e);
        }
    }

    @Override
    public SubjectAccumulator copy(SubjectAccumulator from, SubjectAccumulator reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SubjectAccumulator record, DataOutputView target) throws IOException {
        target.writeBoolean(!record.isEmpty());
        if (!record.isEmpty()) {
            PortableIndicator.writeText(target, record.id());
            plans.planFor(record.id()).write(record.acc(), target);
        }
    }

    @Override
    public SubjectAccumulator deserialize(DataInputView source) throws IOException {
        if (!source.readBoolean()) {
            return new SubjectAccumulator();
        }
        String id = PortableIndicator.readText(source);
        return new SubjectAccumulator(id, plans.planFor(id).read(source));
    }

    @Override
    public SubjectAccumulator deserialize(SubjectAccumulator reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    /**
     * Returns whether another serializer is of the same plans.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectAccumulatorSerializer<?> s && s.plans.equals(plans);
    }

    /**
     * Returns the plans' hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return plans.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<SubjectAccumulator> snapshotConfiguration() {
        return new SubjectAccumulatorSerializerSnapshot(plans);
    }
}
