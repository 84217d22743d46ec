package io.github.circularj.rules.experiment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to each element of a population read once, in batches, on up to N threads, and
 * hands the results to a sink in population order. Only one batch of elements is held at a time.
 */
final class Batches {

    /** Elements per thread in one batch: enough to keep threads busy, few enough to hold. */
    static final int PER_THREAD = 16;

    private Batches() {
    }

    static <X, R> void forEach(Iterator<? extends X> population, Function<? super X, ? extends R> work, int parallelism,
            Consumer<? super R> sink) {
        if (parallelism == 1) {
            while (population.hasNext()) {
                sink.accept(work.apply(Objects.requireNonNull(population.next(), "population element")));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "circular-experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<R>> batch = new ArrayList<>();
            while (population.hasNext()) {
                X element = Objects.requireNonNull(population.next(), "population element");
                batch.add(() -> work.apply(element));
                if (batch.size() == parallelism * PER_THREAD || !population.hasNext()) {
                    for (Future<R> f : pool.invokeAll(batch)) {
                        sink.accept(f.get());
                    }
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring a population", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
