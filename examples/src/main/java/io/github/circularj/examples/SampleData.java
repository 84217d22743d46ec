package io.github.circularj.examples;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the synthetic sample ledger files committed under {@code examples/data/}: one fictional city,
 * {@value #ENTERPRISES} fictional enterprises of different kinds, {@value #ITEMS_PER_ENTERPRISE} items each,
 * reporting year 2025, seed {@value #SEED}, with a few lapses planted so that the files score differently.
 * Every file says {@code "synthetic": true} in its header and every name carries "(synthetic)".
 * {@code SampleDataTest} checks that the committed files are exactly what this program writes.
 *
 * <pre>
 * java -cp ... io.github.circularj.examples.SampleData [DIR]     (default examples/data)
 * </pre>
 */
public final class SampleData {

    static final long SEED = 2025;
    static final int ENTERPRISES = 4;
    static final long ITEMS_PER_ENTERPRISE = 200;

    private SampleData() {
    }

    /** The pilot the sample is written from. */
    static SyntheticPilot pilot() {
        return SyntheticPilot.builder().seed(SEED).cities(1).enterprisesPerCity(ENTERPRISES)
                .itemsPerEnterprise(ITEMS_PER_ENTERPRISE).period(ReportingPeriod.ofYear(2025))
                .violationRate(1, Violation.DATA_ERASURE, 0.10)
                .violationRate(2, Violation.SRC_PROVENANCE, 0.20)
                .violationRate(3, Violation.DISC_CONDITION, 0.30)
                .build();
    }

    /**
     * Writes the sample files into a directory.
     *
     * @param dir the directory, created if missing
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    static List<Path> write(Path dir) throws IOException {
        return SyntheticFiles.write(pilot(), dir);
    }

    /**
     * Writes the sample into {@code examples/data} (or the directory given).
     *
     * @param args optionally the directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : ExampleOptions.defaultData();
        for (Path file : write(dir)) {
            System.out.println("wrote " + file);
        }
    }
}
