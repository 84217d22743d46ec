package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The band-migration matrix of an experiment: for each band a subject had under the baseline ("from")
 * and each band it has under the variant ("to"), how many subjects did so.
 *
 * <p>All 25 cells (5 × 5 bands, NOT_RATED last) are present, zero or not, in the order of {@link Band} (best first) by "from" and then
 * by "to". Cells on the diagonal ({@code from == to}) are subjects that kept their band; the others moved.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BandMigration {

    private static final int N = Band.values().length;

    private final int[] counts;

    private BandMigration(int[] counts) {
        this.counts = counts;
    }

    /**
     * Counts the migrations of some (from, to) pairs.
     *
     * @param from the band of each subject under the baseline, not null
     * @param to the band of the same subject under the variant, same size as {@code from}
     * @return the matrix
     * @throws IllegalArgumentException if the lists differ in size
     */
    public static BandMigration of(List<Band> from, List<Band> to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("band migration: from has " + from.size() + " bands and to has "
                    + to.size() + "; they must pair up one to one");
        }
        int[] counts = new int[N * N];
        for (int i = 0; i < from.size(); i++) {
            counts[index(Objects.requireNonNull(from.get(i), "from band"), Objects.requireNonNull(to.get(i), "to band"))]++;
        }
        return new BandMigration(counts);
    }

    private static int index(Band from, Band to) {
        return from.ordinal() * N + to.ordinal();
    }

    /**
     * Returns how many subjects went from one band to another.
     *
     * @param from the band under the baseline, not null
     * @param to the band under the variant, not null
     * @return the count, not negative
     */
    public int count(Band from, Band to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return counts[index(from, to)];
    }

    /**
     * Returns how many subjects changed band.
     *
     * @return the sum of the cells off the diagonal
     */
    public int moved() {
        int moved = 0;
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                if (from != to) {
                    moved += count(from, to);
                }
            }
        }
        return moved;
    }

    /**
     * Returns how many subjects went from a better band to a worse one.
     *
     * @return the sum of the cells below the diagonal
     */
    public int downgraded() {
        int n = 0;
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                if (to.ordinal() > from.ordinal()) {
                    n += count(from, to);
                }
            }
        }
        return n;
    }

    /**
     * Returns how many subjects went from a worse band to a better one.
     *
     * @return the sum of the cells above the diagonal
     */
    public int upgraded() {
        return moved() - downgraded();
    }

    /**
     * Returns how many subjects were counted.
     *
     * @return the sum of all cells
     */
    public int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /**
     * Returns the counts per band under the baseline (the row sums).
     *
     * @return the counts
     */
    public BandCounts fromCounts() {
        int[] n = new int[N];
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                n[from.ordinal()] += count(from, to);
            }
        }
        return new BandCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    /**
     * Returns the counts per band under the variant (the column sums).
     *
     * @return the counts
     */
    public BandCounts toCounts() {
        int[] n = new int[N];
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                n[to.ordinal()] += count(from, to);
            }
        }
        return new BandCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    /**
     * Returns all 25 cells, by "from" band and then "to" band, best first.
     *
     * @return the cells, unmodifiable
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                cells.add(new Cell(from, to, count(from, to)));
            }
        }
        return List.copyOf(cells);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BandMigration m && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /**
     * Returns the non-zero cells as text, e.g.
     * {@code "EXEMPLARY→EXEMPLARY 1, COMPLIANT→NON_COMPLIANT 2 (2 of 3 moved)"}, or {@code "no subjects"}.
     *
     * @return the matrix as text
     */
    @Override
    public String toString() {
        List<String> cells = new ArrayList<>();
        for (Cell cell : cells()) {
            if (cell.count() > 0) {
                cells.add(cell.toString());
            }
        }
        if (cells.isEmpty()) {
            return "no subjects";
        }
        return String.join(", ", cells) + " (" + moved() + " of " + total() + " moved)";
    }

    /**
     * One cell of a {@link BandMigration}.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param from the band under the baseline
     * @param to the band under the variant
     * @param count how many subjects went from {@code from} to {@code to}, not negative
     */
    public record Cell(Band from, Band to, int count) {

        /**
         * Validates the cell.
         *
         * @param from the band under the baseline, not null
         * @param to the band under the variant, not null
         * @param count the count, not negative
         * @throws IllegalArgumentException if the count is negative
         */
        public Cell {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (count < 0) {
                throw new IllegalArgumentException("migration count \"" + count + "\" from " + from + " to " + to
                        + " is negative; a count is never negative");
            }
        }

        /**
         * Returns whether the cell is off the diagonal.
         *
         * @return true if {@code from != to}
         */
        public boolean isMove() {
            return from != to;
        }

        /**
         * Returns the cell as text, e.g. {@code "COMPLIANT→NON_COMPLIANT 2"}.
         *
         * @return the cell as text
         */
        @Override
        public String toString() {
            return from + "→" + to + " " + count;
        }
    }
}
