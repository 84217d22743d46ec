package io.github.circularj.rules.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batches of a population: results in population order, at most one batch read ahead, failures passed on. */
class BatchesTest {

    /** The numbers 0 to n - 1, counting how many have been read. */
    private static Iterator<Integer> counted(int n, AtomicInteger read) {
        Iterator<Integer> all = IntStream.range(0, n).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Integer next() {
                read.incrementAndGet();
                return all.next();
            }
        };
    }

    @Test
    void resultsComeInPopulationOrderWithAtMostOneBatchReadAhead() {
        for (int parallelism : new int[] {1, 2, 3}) {
            AtomicInteger read = new AtomicInteger();
            List<Integer> results = new ArrayList<>();
            List<Integer> readWhenFirst = new ArrayList<>();
            Batches.forEach(counted(100, read), x -> x * 10, parallelism, r -> {
                if (results.isEmpty()) {
                    readWhenFirst.add(read.get());
                }
                results.add(r);
            });
            assertThat(results).as("parallelism %d", parallelism)
                    .containsExactlyElementsOf(IntStream.range(0, 100).map(x -> x * 10).boxed().toList());
            int batch = parallelism == 1 ? 1 : parallelism * Batches.PER_THREAD;
            assertThat(readWhenFirst).as("read before the first result").containsExactly(batch);
        }
        // a population smaller than a batch, and an empty one
        List<Integer> few = new ArrayList<>();
        Batches.forEach(Arrays.asList(1, 2, 3).iterator(), x -> x, 2, few::add);
        assertThat(few).containsExactly(1, 2, 3);
        List<Integer> none = new ArrayList<>();
        Batches.forEach(List.<Integer>of().iterator(), x -> x, 2, none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void aFailureOfTheWorkIsPassedOnAsItIs() {
        for (int parallelism : new int[] {1, 2}) {
            assertThatThrownBy(() -> Batches.forEach(Arrays.asList(1, 2, 3).iterator(), x -> {
                if (x == 2) {
                    throw new IllegalStateException("two");
                }
                return x;
            }, parallelism, x -> { })).isInstanceOf(IllegalStateException.class).hasMessage("two");
            assertThatThrownBy(() -> Batches.forEach(Arrays.asList(1, 2, 3).iterator(), x -> {
                if (x == 3) {
                    throw new AssertionError("three");
                }
                return x;
            }, parallelism, x -> { })).isInstanceOf(AssertionError.class).hasMessage("three");
            assertThatNullPointerException().isThrownBy(() -> Batches.forEach(Arrays.asList(1, null).iterator(), x -> x,
                    parallelism, x -> { })).withMessage("population element");
        }
    }
}
