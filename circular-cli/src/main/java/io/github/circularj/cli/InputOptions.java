package io.github.circularj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files a command reads, and how to read CSV trade records among them. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Circular ledger files (JSON Lines) or CSV trade"
            + " records (.csv, with --csv-header).")
    List<Path> files = new ArrayList<>();

    @Nullable
    @Option(names = "--csv-header", paramLabel = "LEDGER", description = "For .csv trade records: a ledger file whose"
            + " header line says whose records they are and for which period (only its first line is read).")
    Path csvHeader;

    Optional<Path> csvHeader() {
        return Optional.ofNullable(csvHeader);
    }
}
