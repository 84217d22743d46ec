package io.github.circularj.cli;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.testkit.PlatformViolation;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.SyntheticPlatform;
import io.github.circularj.testkit.SyntheticTradeIn;
import io.github.circularj.testkit.TradeInViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
                + " the same files, byte for byte. The directory is written whole or not at all. With --pack trade-in,"
                + " fictional retailers of one fictional city with trade-in subsidy claims of 2025, each kind of"
                + " claim violation planted, and buyers repeating across retailers. With --pack platform, fictional"
                + " platform operators' files of sellers, listings and transactions of 2025, each kind of violation"
                + " planted."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "2:Usage error: a size out of range; an unknown pack.",
            "3:DIR is a file, holds other files, or cannot be written.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular sample --out sample",
            "  circular sample --out big --seed 7 --items 1000000 --enterprises 10",
            "  circular sample --out s && circular score s/*.jsonl --as-of 2025-12-31",
            "  circular sample --out t --pack trade-in && circular score t/*.jsonl --as-of 2026-01-31 --pack trade-in",
            "  circular sample --out p --pack platform && circular score p/*.jsonl --as-of 2025-12-31 --pack platform"})
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
            description = "The reporting year (default ${DEFAULT-VALUE}; trade-in samples are of 2025).")
    int year;

    @Option(names = "--pack", paramLabel = "PACK", defaultValue = "enterprise",
            description = "enterprise (default): enterprises of the pilot, for the enterprise and city packs;"
                    + " trade-in: retailers with subsidy claims (--items claims in all, at most "
                    + MAX_CLAIMS_PER_RETAILER + " per retailer; --enterprises retailers); platform: platform"
                    + " operators' records (--items sellers in all; --enterprises platforms).")
    String pack;

    /** The most claims one synthetic retailer makes (the testkit's limit). */
    static final int MAX_CLAIMS_PER_RETAILER = 1000;
    /** The share of a synthetic retailer's claims planted with each kind of violation. */
    static final double TRADE_IN_RATE = 0.02;
    /** The most sellers one synthetic platform has (the testkit's limit). */
    static final int MAX_SELLERS_PER_PLATFORM = 100_000;
    /** The share of a synthetic platform's sellers planted with each kind of violation. */
    static final double PLATFORM_RATE = 0.02;
    /** How many buyers of the retailer before it each retailer but the first repeats. */
    static final int REPEATED_BUYERS = 3;

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
        Packs.Name packName = Packs.Name.parse(pack);
        boolean tradeIn = packName == Packs.Name.TRADE_IN;
        if (packName == Packs.Name.CITY) {
            throw Failure.usage("--pack city: the enterprise sample is the city pack's sample too; give --pack enterprise"
                    + " or trade-in");
        }
        boolean platform = packName == Packs.Name.PLATFORM;
        SyntheticPilot pilot = null;
        List<SyntheticTradeIn> retailers = List.of();
        List<SyntheticPlatform> platforms = List.of();
        try {
            if (tradeIn) {
                retailers = retailers();
            } else if (platform) {
                platforms = platforms();
            } else {
                pilot = SyntheticPilot.builder().seed(seed).cities(1).enterprisesPerCity(enterprises)
                        .itemsPerEnterprise(items / enterprises).period(ReportingPeriod.ofYear(year)).build();
            }
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
            List<Path> files = tradeIn ? SyntheticFiles.writeRetailers(retailers, partial)
                    : platform ? SyntheticFiles.writePlatforms(platforms, partial) : SyntheticFiles.write(pilot, partial);
            if (replaceEmpty) {
                Files.delete(target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            progress.note(tradeIn
                    ? String.format(Locale.ROOT, "Wrote %d synthetic retailer files (%,d claims, seed %d) to %s",
                            files.size(), retailers.stream().mapToLong(SyntheticTradeIn::claimCount).sum(), seed, out)
                    : platform ? String.format(Locale.ROOT, "Wrote %d synthetic platform files (%,d sellers, seed %d) to %s",
                            files.size(), platforms.stream().mapToLong(p -> p.records().records().sellerCount()).sum(), seed,
                            out)
                    : String.format(Locale.ROOT, "Wrote %d synthetic ledger files (%,d items, seed %d) to %s",
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

    /**
     * The synthetic retailers: {@code --items} claims spread evenly, each kind of violation planted in
     * {@value #TRADE_IN_RATE} of each retailer's claims, and each retailer after the first repeating
     * {@value #REPEATED_BUYERS} buyers of the one before it.
     */
    private List<SyntheticTradeIn> retailers() {
        if (year != SyntheticTradeIn.PERIOD.start().getYear()) {
            throw Failure.usage("--year " + year + ": the trade-in sample is of the 2025 programme; give --year 2025");
        }
        long each = items / enterprises;
        if (each > MAX_CLAIMS_PER_RETAILER) {
            throw Failure.usage("--items " + items + " gives " + each + " claims to each of the " + enterprises
                    + " retailers; a synthetic retailer makes at most " + MAX_CLAIMS_PER_RETAILER);
        }
        List<SyntheticTradeIn> made = new ArrayList<>();
        for (int r = 1; r <= enterprises; r++) {
            SyntheticTradeIn.Builder b = SyntheticTradeIn.retailer(seed + r).claims((int) each).number(r);
            for (TradeInViolation v : TradeInViolation.values()) {
                b.rate(v, TRADE_IN_RATE);
            }
            if (!made.isEmpty()) {
                b.repeatingBuyersOf(made.get(made.size() - 1), (int) Math.min(REPEATED_BUYERS, each));
            }
            made.add(b.build());
        }
        return made;
    }

    /**
     * The synthetic platforms: {@code --items} sellers spread evenly over {@code --enterprises} platforms, each kind of
     * violation planted in {@value #PLATFORM_RATE} of each platform's sellers.
     */
    private List<SyntheticPlatform> platforms() {
        if (year != SyntheticPlatform.PERIOD.start().getYear()) {
            throw Failure.usage("--year " + year + ": the platform sample is of 2025; give --year 2025");
        }
        long each = items / enterprises;
        if (each > MAX_SELLERS_PER_PLATFORM) {
            throw Failure.usage("--items " + items + " gives " + each + " sellers to each of the " + enterprises
                    + " platforms; a synthetic platform has at most " + MAX_SELLERS_PER_PLATFORM);
        }
        List<SyntheticPlatform> made = new ArrayList<>();
        for (int p = 1; p <= enterprises; p++) {
            SyntheticPlatform.Builder b = SyntheticPlatform.builder(seed + p).sellers((int) each);
            for (PlatformViolation v : PlatformViolation.values()) {
                b.rate(v, PLATFORM_RATE);
            }
            made.add(b.build());
        }
        return made;
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
