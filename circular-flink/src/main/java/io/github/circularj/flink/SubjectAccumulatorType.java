package io.github.circularj.flink;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's type information of a {@link SubjectAccumulator}: gives {@link SubjectAccumulatorSerializer}, so a job that
 * disables generic types ({@code pipeline.generic-types: false}) keeps its accumulators out of Kryo.
 *
 * @param <T> the type of the records
 */
public final class SubjectAccumulatorType<T> extends TypeInformation<SubjectAccumulator> {

    private static final long serialVersionUID = 1L;

    /** The plans whose accumulators this type describes. */
    private final SubjectPlans<?, T> plans;

    /**
     * Obtains the type of the accumulators of these plans.
     *
     * @param plans the plans, not null
     */
    public SubjectAccumulatorType(SubjectPlans<?, T> plans) {
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<SubjectAccumulator> getTypeClass() {
        return SubjectAccumulator.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<SubjectAccumulator> createSerializer(SerializerConfig config) {
        return new SubjectAccumulatorSerializer<>(plans);
    }

    @Override
    public String toString() {
        return "SubjectAccumulator(" + plans + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectAccumulatorType<?> t && t.plans.equals(plans);
    }

    @Override
    public int hashCode() {
        return plans.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof SubjectAccumulatorType;
    }
}
