package io.github.circularj.cli;

import io.github.circularj.io.LedgerFormatException;
import io.github.circularj.io.LedgerHeader;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.io.PlatformFiles;
import io.github.circularj.io.PlatformImport;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files named on the command line: Circular ledger files (JSON Lines, any name but {@code .csv})
 * and CSV trade records ({@code .csv}), whose enterprise and period come from {@code --csv-header}.
 */
final class Inputs {

    /**
     * One file read.
     *
     * @param file the file as named
     * @param header the file's header; for CSV, the header given with {@code --csv-header}
     * @param read what the reader read
     * @param items the item records read (item lines, or CSV rows)
     */
    record Input(Path file, LedgerHeader header, LedgerImport read, long items) {

        /** The enterprise as a subject to score, with the profile its header declares. */
        EnterpriseSubject subject() {
            return EnterpriseSubject.of(read.ledger(), header.profile().orElse(EnterpriseProfile.UNDECLARED));
        }
    }

    private Inputs() {
    }

    /** The header of a platform file, as its first line holds it. */
    private static final java.util.regex.Pattern PLATFORM_HEADER =
            java.util.regex.Pattern.compile("^\\s*\\{\\s*\"format\"\\s*:\\s*\"" + PlatformFiles.FORMAT + "\"");

    /**
     * Whether a file's first line starts a platform file's header (format {@value PlatformFiles#FORMAT}); false for
     * any other file, and for a file that cannot be read (reading it then reports why).
     */
    static boolean isPlatformFile(Path file) {
        if (isCsv(file) || !Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] start = new char[256];
            int n = in.read(start);
            return n > 0 && PLATFORM_HEADER.matcher(new String(start, 0, n).replace("\uFEFF", "")).find();
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Whether a file is read as CSV trade records. */
    static boolean isCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Reads platform files (format circular-platform), in the order given, each into memory.
     *
     * @throws Failure if a file is missing, a directory, unreadable or not a platform file, or two files hold the
     *     same platform's records
     */
    static List<PlatformImport> readPlatforms(List<Path> files) {
        for (Path file : files) {
            checkReadable(file, file.toString());
        }
        List<PlatformImport> read = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            PlatformImport one;
            try {
                one = PlatformFiles.read(file);
            } catch (LedgerFormatException e) {
                throw Failure.io(file + " is not a platform file: " + e.getMessage(), e);
            } catch (IOException e) {
                throw Failure.io(file + ": cannot read it: " + describe(e), e);
            }
            String id = one.header().enterprise().creditCode().toString();
            Path before = seen.putIfAbsent(id, file);
            if (before != null) {
                throw Failure.usage(file + " and " + before + " both hold the records of platform " + id
                        + "; give each platform's records once");
            }
            read.add(one);
        }
        return read;
    }

    /**
     * Reads every file, in the order given.
     *
     * @throws Failure if a file is missing, a directory, unreadable or not a ledger, or a CSV file comes without
     *     {@code --csv-header}
     */
    static List<Input> read(List<Path> files, Optional<Path> csvHeader, Progress progress) {
        Optional<LedgerHeader> csv = Optional.empty();
        if (files.stream().anyMatch(Inputs::isCsv)) {
            Path headerFile = csvHeader.orElseThrow(() -> Failure.usage(files.stream().filter(Inputs::isCsv).findFirst()
                    .orElseThrow() + " holds CSV trade records, which do not say whose they are: give --csv-header FILE,"
                    + " a ledger file whose header line names the enterprise and the period"));
            checkReadable(headerFile, "--csv-header " + headerFile);
            try {
                csv = Optional.of(LedgerReader.defaults().readHeader(headerFile));
            } catch (LedgerFormatException e) {
                throw Failure.io("--csv-header " + headerFile + " has no valid ledger header: " + e.getMessage(), e);
            } catch (IOException e) {
                throw Failure.io("--csv-header " + headerFile + ": cannot read it: " + describe(e), e);
            }
        }
        for (Path file : files) {
            checkReadable(file, file.toString());
        }
        List<Input> inputs = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            Progress.FileProgress shown = progress.start(file);
            LedgerImport read;
            LedgerHeader header;
            try {
                if (isCsv(file)) {
                    header = csv.orElseThrow();
                    read = LedgerReader.defaults().readTradeRecords(file, header.enterprise(), header.period(), shown);
                } else {
                    read = LedgerReader.defaults().read(file, shown);
                    header = read.header();
                }
            } catch (LedgerFormatException e) {
                throw Failure.io(file + " is not a ledger file: " + e.getMessage(), e);
            } catch (IOException e) {
                throw Failure.io(file + ": cannot read it: " + describe(e), e);
            } catch (UncheckedIOException e) {
                throw Failure.io(file + ": cannot read it: " + describe(e.getCause()), e);
            }
            shown.done(read);
            String id = header.enterprise().creditCode().toString();
            Path before = seen.putIfAbsent(id, file);
            if (before != null) {
                throw Failure.usage(file + " and " + before + " both hold enterprise " + id
                        + "; give each enterprise's records once");
            }
            inputs.add(new Input(file, header, read, shown.items()));
        }
        return inputs;
    }

    /**
     * Runs work that reads the files again (scoring streams a grouped ledger file afresh on every pass), and
     * reports a file that changed or vanished since it was imported as unreadable input.
     *
     * @throws Failure (I/O) if a pass over a file fails
     */
    static <T> T rereading(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw Failure.io("a file could not be read again while it was scored: " + describe(e.getCause()), e);
        } catch (IllegalStateException e) {
            throw Failure.io("a file changed while it was scored: " + e.getMessage(), e);
        }
    }

    /** Fails, with one line, for a path that is missing, a directory or not readable. */
    static void checkReadable(Path file, String what) {
        if (!Files.exists(file)) {
            throw Failure.io(what + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw Failure.io(what + " is a directory; name the ledger files in it (for example " + file
                    + "/*.jsonl)");
        }
        if (!Files.isReadable(file)) {
            throw Failure.io(what + ": cannot read it (permission denied)");
        }
    }

    /** An I/O error in words. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
