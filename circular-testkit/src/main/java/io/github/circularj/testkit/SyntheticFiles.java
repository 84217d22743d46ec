package io.github.circularj.testkit;

import io.github.circularj.io.LedgerWriter;
import io.github.circularj.io.PlatformFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link SyntheticPilot}'s enterprises as Circular ledger files (see {@code docs/ledger-format.md}),
 * one file per enterprise, each stamped {@code "synthetic": true} in its header and declaring the
 * enterprise's profile. The files are grouped by item and streamed: an enterprise of millions of items is
 * written without holding its ledger in memory. The same pilot always gives the same bytes.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SyntheticFiles {

    private SyntheticFiles() {
    }

    /**
     * Returns the file name of an enterprise's ledger: {@code enterprise-<index>-<credit code>.jsonl},
     * the index with three digits.
     *
     * @param enterprise the enterprise, not null
     * @return the file name
     */
    public static String fileName(SyntheticEnterprise enterprise) {
        return String.format(Locale.ROOT, "enterprise-%03d-%s.jsonl", enterprise.index(),
                enterprise.enterprise().creditCode());
    }

    /**
     * Writes one enterprise's ledger file.
     *
     * @param enterprise the enterprise, not null
     * @param file the file to write, not null; replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public static void write(SyntheticEnterprise enterprise, Path file) throws IOException {
        Objects.requireNonNull(enterprise, "enterprise");
        LedgerWriter.defaults().withSynthetic(enterprise.isSynthetic()).withProfile(enterprise.profile())
                .writeJsonLines(enterprise.ledger(), Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes every enterprise of a pilot into a directory, one file each, named by {@link #fileName}.
     *
     * @param pilot the pilot, not null
     * @param dir the directory, not null; created if missing
     * @return the files written, in the order of {@link SyntheticPilot#enterprises()}
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(SyntheticPilot pilot, Path dir) throws IOException {
        Objects.requireNonNull(pilot, "pilot");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (SyntheticEnterprise enterprise : pilot.enterprises()) {
            Path file = dir.resolve(fileName(enterprise));
            write(enterprise, file);
            files.add(file);
        }
        return files;
    }

    /**
     * Returns the file name of a synthetic retailer's ledger: {@code retailer-<credit code>.jsonl}.
     *
     * @param retailer the retailer, not null
     * @return the file name
     */
    public static String fileName(SyntheticTradeIn retailer) {
        return "retailer-" + retailer.ledger().enterprise().creditCode() + ".jsonl";
    }

    /**
     * Writes each synthetic retailer's ledger into a directory, one file each, named by {@link #fileName(SyntheticTradeIn)}
     * and stamped synthetic.
     *
     * @param retailers the retailers, not null
     * @param dir the directory, not null; created if missing
     * @return the files written, in the order of the retailers
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeRetailers(List<SyntheticTradeIn> retailers, Path dir) throws IOException {
        Objects.requireNonNull(retailers, "retailers");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (SyntheticTradeIn retailer : retailers) {
            Path file = dir.resolve(fileName(retailer));
            LedgerWriter.defaults().withSynthetic(true).writeJsonLines(retailer.ledger(), file);
            files.add(file);
        }
        return files;
    }

    /**
     * Returns the file name of a synthetic platform's records: {@code platform-<credit code>.jsonl}.
     *
     * @param platform the platform, not null
     * @return the file name
     */
    public static String fileName(SyntheticPlatform platform) {
        return "platform-" + platform.records().records().platform().creditCode() + ".jsonl";
    }

    /**
     * Writes each synthetic platform's records into a directory as a platform file ({@link PlatformFiles}), one
     * file each, named by {@link #fileName(SyntheticPlatform)} and stamped synthetic. Only the records accepted are
     * written: a platform built with {@link SyntheticPlatform.Builder#refusedListings} loses its refused listings
     * in the file (they are in its report, not in its records).
     *
     * @param platforms the platforms, not null
     * @param dir the directory, not null; created if missing
     * @return the files written, in the order of the platforms
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writePlatforms(List<SyntheticPlatform> platforms, Path dir) throws IOException {
        Objects.requireNonNull(platforms, "platforms");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (SyntheticPlatform platform : platforms) {
            Path file = dir.resolve(fileName(platform));
            PlatformFiles.write(platform.records().records(), true, Optional.empty(), file);
            files.add(file);
        }
        return files;
    }
}
