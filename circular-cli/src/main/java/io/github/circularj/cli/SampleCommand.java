package io.github.circularj.cli;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code circular sample}: writes a synthetic ledger set with the testkit's {@link SyntheticPilot}. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes a synthetic ledger set: one Circular ledger file per fictional enterprise, every file"
                + " stamped synthetic in its header and every name marked (synthetic). The same seed and sizes give"
                + " the same files, byte for byte. The directory is written whole or not at all."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "2:Usage error: a size out of range.",
            "3:DIR is a file, holds other files, or cannot be written.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular sample --out sample",
            "  circular sample --out big --seed 7 --items 1000000 --enterprises 10",
            "  circular sample --out s && circular score s/*.jsonl --as-of 2025-12-31"})
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write; it must not exist or be empty.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2025", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--items", paramLabel = "N", defaultValue = "800",
            description = "Items in all, spread evenly over the enterprises (default ${DEFAULT-VALUE}).")
    long items;

    @Option(names = "--enterprises", paramLabel = "N", defaultValue = "4",
            description = "Enterprises, in one fictional city (default ${DEFAULT-VALUE}).")
    int enterprises;

    @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2025",
            description = "The reporting year (default ${DEFAULT-VALUE}).")
    int year;

    @Mixin
    Common common;

    @Override
    public Integer call() {
        if (enterprises < 1 || enterprises > SyntheticPilot.MAX_ENTERPRISES_PER_CITY) {
            throw Failure.usage("--enterprises " + enterprises + " is not from 1 to " + SyntheticPilot.MAX_ENTERPRISES_PER_CITY);
        }
        if (items < enterprises) {
            throw Failure.usage("--items " + items + " is fewer than the " + enterprises + " enterprises; each needs an item");
        }
        SyntheticPilot pilot;
        try {
            pilot = SyntheticPilot.builder().seed(seed).cities(1).enterprisesPerCity(enterprises)
                    .itemsPerEnterprise(items / enterprises).period(ReportingPeriod.ofYear(year)).build();
        } catch (IllegalArgumentException e) {
            throw Failure.usage(e.getMessage());
        }
        Path target = out.toAbsolutePath().normalize();
        Output.checkNoFileInTheWay(out);
        boolean replaceEmpty = Files.isDirectory(target) && isEmpty(target);
        if (Files.exists(target) && !replaceEmpty) {
            throw Failure.io("--out " + out + " exists and is not empty; give a new or empty directory, so that no file"
                    + " of yours is replaced");
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw Failure.io("--out " + out + ": cannot write to the root directory");
        }
        Progress progress = new Progress(spec.commandLine().getErr(), Progress.mode(common.quiet), System::nanoTime);
        Path partial = null;
        try {
            Files.createDirectories(parent);
            partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            List<Path> files = SyntheticFiles.write(pilot, partial);
            if (replaceEmpty) {
                Files.delete(target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            progress.note(String.format(Locale.ROOT, "Wrote %d synthetic ledger files (%,d items, seed %d) to %s",
                    files.size(), pilot.itemCount(), seed, out));
        } catch (IOException e) {
            throw Failure.io("--out " + out + ": cannot write the sample: " + Inputs.describe(e), e);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
            }
        }
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw Failure.io("--out " + dir + ": cannot list it: " + Inputs.describe(e), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // best effort: the partial directory is hidden and named as such
        }
    }
}
