package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The built-in measures: share, count, sum, weighted mean, maximum duration and profile.
 *
 * <p>Every built-in is order-independent and mergeable: counts are exact integers, sums are exact
 * decimal sums of the doubles (so no rounding depends on record order), and evidence keeps the smallest
 * offending ids. Their accumulators have a fixed size (evidence is bounded by the evaluation's limit).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicators {

    private static final int MAX_DECIMAL_BYTES = 1 << 16;

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private Indicators() {
    }

    /**
     * The share of in-scope records that comply; the in-scope records that do not comply are the evidence.
     * Nothing in scope gives a {@linkplain Measurement#isNotApplicable() not-applicable} measurement.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param inScope which records the rule is about, e.g. phones sold in the period, not null
     * @param complies whether an in-scope record complies, e.g. erased before sale, not null
     * @param idOf the id of a record for the evidence, not null
     * @return the measure, in {@link Unit#SHARE}
     */
    public static <S, T> Measure<S, T> share(Predicate<? super T> inScope, Predicate<? super T> complies,
            Function<? super T, String> idOf) {
        Objects.requireNonNull(inScope, "inScope");
        Objects.requireNonNull(complies, "complies");
        Objects.requireNonNull(idOf, "idOf");
        return (subject, context) -> new ShareIndicator<T>(inScope, complies, idOf, context.evidenceLimit());
    }

    /**
     * The number of records that match; they are the evidence. The count is 0, never undefined, when
     * nothing matches.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param matches which records count, e.g. trades of items flagged prohibited, not null
     * @param idOf the id of a record for the evidence, not null
     * @return the measure, in {@link Unit#COUNT}
     */
    public static <S, T> Measure<S, T> count(Predicate<? super T> matches, Function<? super T, String> idOf) {
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(idOf, "idOf");
        return (subject, context) -> new CountIndicator<T>(matches, idOf, context.evidenceLimit());
    }

    /**
     * The exact sum of a quantity over all records (0 when there are none).
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param amount the quantity of one record, finite, not null
     * @param unit the unit of the sum, not null
     * @return the measure
     * @throws IllegalArgumentException during the evaluation if a record's amount is not finite
     */
    public static <S, T> Measure<S, T> sum(ToDoubleFunction<? super T> amount, Unit unit) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        return Measure.of(new SumIndicator<T>(amount, r -> 1.0, unit, false));
    }

    /**
     * The mean of a quantity weighted by another over all records, such as a city's enterprise scores
     * weighted by their trade volume. No records, or a total weight of zero, gives a not-applicable
     * measurement.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param value the quantity of one record, finite, not null
     * @param weight the weight of one record, finite and not negative, not null
     * @param unit the unit of the mean, not null
     * @return the measure
     * @throws IllegalArgumentException during the evaluation if a value is not finite or a weight is
     *     negative or not finite
     */
    public static <S, T> Measure<S, T> weightedMean(ToDoubleFunction<? super T> value,
            ToDoubleFunction<? super T> weight, Unit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(unit, "unit");
        return Measure.of(new SumIndicator<T>(value, weight, unit, true));
    }

    /**
     * The longest of the durations found in the records, in days, such as the longest time between
     * delivery and ownership transfer. Records without a duration (empty) are out of scope; none in
     * scope gives a not-applicable measurement. The evidence lists the records with the longest duration.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param durationOf the duration of one record, e.g. between two events, or empty; not null
     * @param idOf the id of a record for the evidence, not null
     * @return the measure, in {@link Unit#DAYS} (fractional)
     */
    public static <S, T> Measure<S, T> maxDuration(Function<? super T, Optional<Duration>> durationOf,
            Function<? super T, String> idOf) {
        Objects.requireNonNull(durationOf, "durationOf");
        Objects.requireNonNull(idOf, "idOf");
        return (subject, context) -> new MaxDurationIndicator<T>(durationOf, idOf, context.evidenceLimit());
    }

    /**
     * A value the subject declares rather than one measured from its records, such as an enterprise's
     * record-retention period or a city's recycling points per 10,000 households. An empty value gives
     * an {@linkplain Measurement#isInsufficientEvidence() insufficient-evidence} measurement.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records (ignored)
     * @param what the declared value as a noun phrase, used when it is missing, not null
     * @param read reads the value from the subject, not null
     * @param unit the unit of the value, not null
     * @return the measure
     */
    public static <S, T> Measure<S, T> profile(String what, Function<? super S, OptionalDouble> read, Unit unit) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(unit, "unit");
        return fromSubject(subject -> {
            OptionalDouble value = Objects.requireNonNull(read.apply(subject), "profile value");
            return value.isPresent() ? Measurement.of(value.getAsDouble(), unit)
                    : Measurement.insufficientEvidence(unit, what + " not supplied");
        });
    }

    /**
     * A measurement computed from the subject alone, ignoring its records.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records (ignored)
     * @param measure computes the measurement from the subject, not null
     * @return the measure
     */
    public static <S, T> Measure<S, T> fromSubject(Function<? super S, Measurement> measure) {
        Objects.requireNonNull(measure, "measure");
        return (subject, context) -> new ConstantIndicator<T>(
                Objects.requireNonNull(measure.apply(subject), "measurement"));
    }

    private static final class Counts {
        long inScope;
        long complying;
        final EvidenceCollector offending;

        Counts(int limit) {
            this(new EvidenceCollector(limit));
        }

        Counts(EvidenceCollector offending) {
            this.offending = offending;
        }
    }

    private static final class ShareIndicator<T> implements PortableIndicator<T, Counts> {
        private final Predicate<? super T> inScope;
        private final Predicate<? super T> complies;
        private final Function<? super T, String> idOf;
        private final int limit;

        ShareIndicator(Predicate<? super T> inScope, Predicate<? super T> complies, Function<? super T, String> idOf,
                int limit) {
            this.inScope = inScope;
            this.complies = complies;
            this.idOf = idOf;
            this.limit = limit;
        }

        @Override
        public Counts start() {
            return new Counts(limit);
        }

        @Override
        public void accept(Counts acc, T record) {
            if (inScope.test(record)) {
                acc.inScope++;
                if (complies.test(record)) {
                    acc.complying++;
                } else {
                    acc.offending.add(idOf.apply(record));
                }
            }
        }

        @Override
        public Counts merge(Counts left, Counts right) {
            left.inScope += right.inScope;
            left.complying += right.complying;
            left.offending.merge(right.offending);
            return left;
        }

        @Override
        public Measurement finish(Counts acc) {
            return Measurement.share(acc.complying, acc.inScope, acc.offending.toEvidence());
        }

        @Override
        public void write(Counts acc, DataOutput out) throws IOException {
            out.writeLong(acc.inScope);
            out.writeLong(acc.complying);
            acc.offending.write(out);
        }

        @Override
        public Counts read(DataInput in) throws IOException {
            long[] counts = PortableIndicator.readShare(in, "share counts");
            Counts acc = new Counts(EvidenceCollector.read(in, limit));
            acc.inScope = counts[0];
            acc.complying = counts[1];
            return acc;
        }
    }

    private static final class CountIndicator<T> implements PortableIndicator<T, EvidenceCollector> {
        private final Predicate<? super T> matches;
        private final Function<? super T, String> idOf;
        private final int limit;

        CountIndicator(Predicate<? super T> matches, Function<? super T, String> idOf, int limit) {
            this.matches = matches;
            this.idOf = idOf;
            this.limit = limit;
        }

        @Override
        public EvidenceCollector start() {
            return new EvidenceCollector(limit);
        }

        @Override
        public void accept(EvidenceCollector acc, T record) {
            if (matches.test(record)) {
                acc.add(idOf.apply(record));
            }
        }

        @Override
        public EvidenceCollector merge(EvidenceCollector left, EvidenceCollector right) {
            return left.merge(right);
        }

        @Override
        public Measurement finish(EvidenceCollector acc) {
            return Measurement.of(acc.count(), Unit.COUNT, acc.toEvidence());
        }

        @Override
        public void write(EvidenceCollector acc, DataOutput out) throws IOException {
            acc.write(out);
        }

        @Override
        public EvidenceCollector read(DataInput in) throws IOException {
            return EvidenceCollector.read(in, limit);
        }
    }

    private static final class Sums {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
    }

    private static final class SumIndicator<T> implements PortableIndicator<T, Sums> {
        private final ToDoubleFunction<? super T> value;
        private final ToDoubleFunction<? super T> weight;
        private final Unit unit;
        private final boolean mean;

        SumIndicator(ToDoubleFunction<? super T> value, ToDoubleFunction<? super T> weight, Unit unit, boolean mean) {
            this.value = value;
            this.weight = weight;
            this.unit = unit;
            this.mean = mean;
        }

        @Override
        public Sums start() {
            return new Sums();
        }

        @Override
        public void accept(Sums acc, T record) {
            double v = value.applyAsDouble(record);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("record value \"" + v + "\" is not finite; values summed must be finite");
            }
            double w = weight.applyAsDouble(record);
            if (!Double.isFinite(w) || w < 0.0) {
                throw new IllegalArgumentException("record weight \"" + w + "\" is negative or not finite; weights must be finite and not negative");
            }
            // new BigDecimal(double) is exact, so the sum does not depend on the order of the records.
            BigDecimal bw = new BigDecimal(w);
            acc.weighted = acc.weighted.add(new BigDecimal(v).multiply(bw));
            acc.weights = acc.weights.add(bw);
        }

        @Override
        public Sums merge(Sums left, Sums right) {
            left.weighted = left.weighted.add(right.weighted);
            left.weights = left.weights.add(right.weights);
            return left;
        }

        @Override
        public Measurement finish(Sums acc) {
            if (!mean) {
                return Measurement.of(acc.weighted.doubleValue(), unit);
            }
            if (acc.weights.signum() == 0) {
                return Measurement.notApplicable(unit, "no weighted records");
            }
            double result = acc.weighted.doubleValue() / acc.weights.doubleValue();
            if (unit == Unit.SHARE) {
                result = Math.max(0.0, Math.min(1.0, result));
            }
            return Measurement.of(result, unit);
        }

        @Override
        public void write(Sums acc, DataOutput out) throws IOException {
            writeDecimal(out, acc.weighted);
            writeDecimal(out, acc.weights);
        }

        @Override
        public Sums read(DataInput in) throws IOException {
            Sums acc = new Sums();
            acc.weighted = readDecimal(in);
            acc.weights = readDecimal(in);
            if (acc.weights.signum() < 0) {
                throw new IOException("sum of weights \"" + acc.weights + "\" is negative; weights are not negative");
            }
            return acc;
        }
    }

    private static final class Longest {
        Duration longest;
        EvidenceCollector holders;
        final int limit;

        Longest(int limit) {
            this.limit = limit;
            this.holders = new EvidenceCollector(limit);
        }
    }

    private static final class MaxDurationIndicator<T> implements PortableIndicator<T, Longest> {
        private final Function<? super T, Optional<Duration>> durationOf;
        private final Function<? super T, String> idOf;
        private final int limit;

        MaxDurationIndicator(Function<? super T, Optional<Duration>> durationOf, Function<? super T, String> idOf,
                int limit) {
            this.durationOf = durationOf;
            this.idOf = idOf;
            this.limit = limit;
        }

        @Override
        public Longest start() {
            return new Longest(limit);
        }

        @Override
        public void accept(Longest acc, T record) {
            Optional<Duration> found = Objects.requireNonNull(durationOf.apply(record), "duration");
            if (found.isEmpty()) {
                return;
            }
            Duration d = found.get();
            int cmp = acc.longest == null ? 1 : d.compareTo(acc.longest);
            if (cmp > 0) {
                acc.longest = d;
                acc.holders = new EvidenceCollector(acc.limit);
            }
            if (cmp >= 0) {
                acc.holders.add(idOf.apply(record));
            }
        }

        @Override
        public Longest merge(Longest left, Longest right) {
            if (right.longest == null) {
                return left;
            }
            if (left.longest == null) {
                return right;
            }
            int cmp = left.longest.compareTo(right.longest);
            if (cmp < 0) {
                return right;
            }
            if (cmp == 0) {
                left.holders.merge(right.holders);
            }
            return left;
        }

        @Override
        public Measurement finish(Longest acc) {
            if (acc.longest == null) {
                return Measurement.notApplicable(Unit.DAYS, "no durations in scope");
            }
            BigDecimal seconds = BigDecimal.valueOf(acc.longest.getSeconds())
                    .add(BigDecimal.valueOf(acc.longest.getNano(), 9));
            return Measurement.of(seconds.divide(SECONDS_PER_DAY, java.math.MathContext.DECIMAL64).doubleValue(),
                    Unit.DAYS, acc.holders.toEvidence());
        }

        @Override
        public void write(Longest acc, DataOutput out) throws IOException {
            out.writeBoolean(acc.longest != null);
            if (acc.longest != null) {
                out.writeLong(acc.longest.getSeconds());
                out.writeInt(acc.longest.getNano());
                acc.holders.write(out);
            }
        }

        @Override
        public Longest read(DataInput in) throws IOException {
            Longest acc = new Longest(limit);
            if (in.readBoolean()) {
                long seconds = in.readLong();
                int nanos = in.readInt();
                if (nanos < 0 || nanos > 999_999_999) {
                    throw new IOException("duration nanos \"" + nanos + "\" are out of range; they are from 0 to 999999999");
                }
                acc.longest = Duration.ofSeconds(seconds, nanos);
                acc.holders = EvidenceCollector.read(in, limit);
            }
            return acc;
        }
    }

    private enum Nothing { INSTANCE }

    private static final class ConstantIndicator<T> implements PortableIndicator<T, Nothing> {
        private final Measurement measurement;

        ConstantIndicator(Measurement measurement) {
            this.measurement = measurement;
        }

        @Override
        public Nothing start() {
            return Nothing.INSTANCE;
        }

        @Override
        public void accept(Nothing acc, T record) {
            // A profile measure does not read records.
        }

        @Override
        public Nothing merge(Nothing left, Nothing right) {
            return left;
        }

        @Override
        public Measurement finish(Nothing acc) {
            return measurement;
        }

        @Override
        public void write(Nothing acc, DataOutput out) {
            // Nothing to write: the measurement is the subject's, bound when the indicator was made.
        }

        @Override
        public Nothing read(DataInput in) {
            return Nothing.INSTANCE;
        }
    }

    private static void writeDecimal(DataOutput out, BigDecimal value) throws IOException {
        byte[] unscaled = value.unscaledValue().toByteArray();
        out.writeInt(value.scale());
        out.writeInt(unscaled.length);
        out.write(unscaled);
    }

    private static BigDecimal readDecimal(DataInput in) throws IOException {
        int scale = in.readInt();
        int n = PortableIndicator.readCount(in, "decimal bytes", MAX_DECIMAL_BYTES);
        if (n == 0) {
            throw new IOException("decimal bytes \"0\" are too few; a written decimal has at least one byte");
        }
        byte[] unscaled = new byte[n];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }
}
