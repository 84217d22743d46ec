package io.github.circularj.benchmarks;

import java.util.Locale;

/**
 * Prints the number of events in the benchmark ledger of each size given, as {@code items events} lines,
 * for the summary's events/s. Sizes beyond those given are extrapolated by the summary from the largest
 * (the generator's events per item do not depend on the ledger's size).
 */
public final class LedgerCounts {

    private LedgerCounts() {
    }

    /**
     * Prints the counts.
     *
     * @param args the sizes in items
     */
    public static void main(String[] args) {
        for (String arg : args) {
            long items = Long.parseLong(arg);
            long events = Ledgers.pilot(1, items).lifecycles(0).parallel().mapToLong(l -> l.size()).sum();
            System.out.printf(Locale.ROOT, "%d %d%n", items, events);
        }
    }
}
