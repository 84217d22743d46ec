package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.rules.blocks.RecordIntegrity;
import io.github.circularj.rules.blocks.SmallestIds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips of every built-in indicator's accumulator of this package and of {@code rules.blocks}: records split
 * in two, each part accumulated, written, read back and merged finish as the one-pass accumulation does, and a read
 * accumulator writes the same bytes again. The packs' own indicators (tallies, sellers, per-person claims) are
 * round-tripped through their plans in circular-testkit's tests on synthetic ledgers.
 */
class PortableIndicatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** A record with everything the built-ins read; values include fractions with long binary expansions. */
    record Row(String id, boolean inScope, boolean complies, double value, double weight, Optional<Duration> duration) {
    }

    private static Gen<Row> rows() {
        return integers().between(0, 5_000).zip(integers().between(0, 1 << 20), (n, bits) -> new Row(
                "R" + (n % 300), (bits & 1) != 0, (bits & 2) != 0, (bits >> 2) / 7.0 - 100.0, (bits & 0xF0) / 3.0,
                (bits & 4) != 0 ? Optional.of(Duration.ofSeconds(n * 37L + (bits & 3), (bits & 0xFF) * 1_000_003L))
                        : Optional.empty()));
    }

    private static Gen<List<Row>> parts() {
        return lists().of(rows()).ofSizeBetween(0, 60);
    }

    private static Subject<Row> subject() {
        return Subject.of("S1", "Subject one", java.util.stream.Stream::empty);
    }

    private static EvaluationContext context(int limit) {
        return new EvaluationContext(AS_OF, limit);
    }

    @SuppressWarnings("unchecked")
    private static <A> PortableIndicator<Row, A> portable(Measure<Subject<Row>, Row> measure, int limit) {
        Indicator<Row, ?> indicator = measure.indicatorFor(subject(), context(limit));
        assertThat(indicator).isInstanceOf(PortableIndicator.class);
        return (PortableIndicator<Row, A>) indicator;
    }

    private static List<Measure<Subject<Row>, Row>> builtIns() {
        return List.of(
                Indicators.share(Row::inScope, Row::complies, Row::id),
                Indicators.count(Row::complies, Row::id),
                Indicators.sum(Row::value, Unit.NUMBER),
                Indicators.weightedMean(Row::value, Row::weight, Unit.NUMBER),
                Indicators.maxDuration(Row::duration, Row::id),
                Indicators.profile("declared value", s -> OptionalDouble.of(2.5), Unit.YEARS),
                Indicators.fromSubject(s -> Measurement.insufficientEvidence(Unit.COUNT, "none declared")),
                Measure.of(RecordIntegrity.<Row>of(r -> r.inScope() ? 2 : 1, Optional.of(new LedgerReport(3, List.of())), 4)));
    }

    static <A> byte[] bytes(PortableIndicator<Row, A> indicator, A acc) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            indicator.write(acc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static <A> A read(PortableIndicator<Row, A> indicator, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            A acc = indicator.read(in);
            assertThat(in.read()).as("bytes left after the accumulator").isEqualTo(-1);
            return acc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <A> void checkRoundTrip(PortableIndicator<Row, A> indicator, List<Row> left, List<Row> right) {
        A whole = indicator.start();
        left.forEach(r -> indicator.accept(whole, r));
        right.forEach(r -> indicator.accept(whole, r));
        Measurement expected = indicator.finish(whole);

        A l = indicator.start();
        left.forEach(r -> indicator.accept(l, r));
        A r = indicator.start();
        right.forEach(x -> indicator.accept(r, x));
        byte[] leftBytes = bytes(indicator, l);
        A leftRead = read(indicator, leftBytes);
        A rightRead = read(indicator, bytes(indicator, r));
        assertThat(bytes(indicator, leftRead)).as("a read accumulator writes the same bytes").isEqualTo(leftBytes);
        assertThat(indicator.finish(read(indicator, bytes(indicator, whole)))).isEqualTo(expected);
        assertThat(indicator.finish(indicator.merge(leftRead, rightRead))).isEqualTo(expected);
    }

    @Test
    void everyBuiltInAccumulatorSurvivesWritingAndReadingSplitAnywhere() {
        qt().forAll(parts(), parts(), integers().between(0, 6)).checkAssert((left, right, limit) -> {
            for (Measure<Subject<Row>, Row> measure : builtIns()) {
                checkRoundTrip(portable(measure, limit), left, right);
            }
        });
    }

    @Test
    void aReadAccumulatorKeepsAcceptingRecords() {
        qt().forAll(parts(), parts()).checkAssert((left, right) -> {
            PortableIndicator<Row, Object> share = portable(Indicators.share(Row::inScope, Row::complies, Row::id), 3);
            Object whole = share.start();
            left.forEach(r -> share.accept(whole, r));
            Object read = read(share, bytes(share, whole));
            right.forEach(r -> {
                share.accept(whole, r);
                share.accept(read, r);
            });
            assertThat(share.finish(read)).isEqualTo(share.finish(whole));
        });
    }

    @Test
    void smallestIdsRoundTripKeepsTheIds() throws IOException {
        SmallestIds ids = new SmallestIds(2);
        ids.offer("P-9");
        ids.offer("P-1");
        ids.offer("P-4");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ids.write(new DataOutputStream(buffer));
        SmallestIds back = SmallestIds.read(new DataInputStream(new ByteArrayInputStream(buffer.toByteArray())), 2);
        assertThat(back.toList()).containsExactly("P-1", "P-4");
        assertThatThrownBy(() -> SmallestIds.read(new DataInputStream(new ByteArrayInputStream(buffer.toByteArray())), 1))
                .isInstanceOf(IOException.class).hasMessageContaining("evidence ids \"2\" is out of range");
    }

    @Test
    void aTextLongerThanWriteUtfAllowsRoundTrips() throws IOException {
        String id = "日".repeat(30_000); // 90,000 UTF-8 bytes
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PortableIndicator.writeText(new DataOutputStream(buffer), id);
        assertThat(PortableIndicator.readText(new DataInputStream(new ByteArrayInputStream(buffer.toByteArray()))))
                .isEqualTo(id);
    }

    @Test
    void badBytesAreRefusedWithTheFieldAndTheRule() {
        PortableIndicator<Row, Object> share = portable(Indicators.share(Row::inScope, Row::complies, Row::id), 3);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeLong(2);
            out.writeLong(5); // more complying than in scope
            out.writeLong(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> share.read(new DataInputStream(new ByteArrayInputStream(buffer.toByteArray()))))
                .isInstanceOf(IOException.class).hasMessageContaining("share counts \"5 of 2\"");
        PortableIndicator<Row, Object> count = portable(Indicators.count(Row::complies, Row::id), 3);
        ByteArrayOutputStream more = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(more)) {
            out.writeLong(1);
            out.writeInt(2); // two ids kept for a count of one
            PortableIndicator.writeText(out, "A");
            PortableIndicator.writeText(out, "B");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> count.read(new DataInputStream(new ByteArrayInputStream(more.toByteArray()))))
                .isInstanceOf(IOException.class).hasMessageContaining("evidence count \"1\" is below the 2 ids kept");
    }
}
