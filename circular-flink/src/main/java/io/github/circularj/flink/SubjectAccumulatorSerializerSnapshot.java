package io.github.circularj.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;

/**
 * The snapshot of a {@link SubjectAccumulatorSerializer}, written into a checkpoint or savepoint with the state: the
 * serializer's {@link SubjectPlans} (Java-serialized: the pack and subject functions, the as-of date and the evidence
 * limit). A restored job reads the accumulators with the plans it restores; a snapshot of this version is compatible
 * as is with the serializer of the same plans, and the accumulators' own format is versioned by
 * {@link io.github.circularj.rules.ScoringPlan#FORMAT_VERSION}.
 */
public final class SubjectAccumulatorSerializerSnapshot implements TypeSerializerSnapshot<SubjectAccumulator> {

    private static final int VERSION = 1;

    private SubjectPlans<?, ?> plans;

    /** Makes an empty snapshot, for Flink to read one into. */
    public SubjectAccumulatorSerializerSnapshot() {
    }

    SubjectAccumulatorSerializerSnapshot(SubjectPlans<?, ?> plans) {
        this.plans = plans;
    }

    @Override
    public int getCurrentVersion() {
        return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        byte[] bytes = InstantiationUtil.serializeObject(plans);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException {
        if (readVersion != VERSION) {
            throw new IOException("snapshot version \"" + readVersion + "\" is not " + VERSION
                    + "; this library reads only its own snapshots");
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        try {
            plans = InstantiationUtil.deserializeObject(bytes, userCodeClassLoader);
        } catch (ClassNotFoundException e) {
            throw new IOException("the snapshot's plans name a class the job does not have: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the plans were written by a serializer of the same record type
    @Override
    public TypeSerializer<SubjectAccumulator> restoreSerializer() {
        if (plans == null) {
            throw new IllegalStateException("snapshot holds no plans; it was neither taken nor read");
        }
        return new SubjectAccumulatorSerializer(plans);
    }

    @Override
    public TypeSerializerSchemaCompatibility<SubjectAccumulator> resolveSchemaCompatibility(
            TypeSerializerSnapshot<SubjectAccumulator> oldSerializerSnapshot) {
        if (oldSerializerSnapshot instanceof SubjectAccumulatorSerializerSnapshot old
                && old.getCurrentVersion() == VERSION) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
