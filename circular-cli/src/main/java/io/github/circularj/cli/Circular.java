package io.github.circularj.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code circular} command: {@code validate}, {@code score}, {@code experiment}, {@code rules} and
 * {@code sample}. Results go to stdout, progress and errors to stderr; an error is one line (its stack
 * trace only with {@code --verbose}), and the exit status says what happened: 0 success, 1 findings
 * ({@code validate} found rejected or unreadable records; {@code score --fail-below} found a subject below
 * the band), 2 a usage error, 3 an input that cannot be read or an output that cannot be written, 4 an
 * internal error. See {@code docs/cli.md}.
 */
@Command(name = "circular", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        usageHelpAutoWidth = true,
        description = {"Validates ledger files, scores them with China's secondhand goods circulation pilot rule"
                + " packs, runs what-if policy experiments, lists the rules and writes synthetic samples."},
        subcommands = {ValidateCommand.class, ScoreCommand.class, ExperimentCommand.class, RulesCommand.class,
            SampleCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "1:Findings: rejected or unreadable records (validate), a subject below --fail-below (score).",
            "2:Usage error: unknown command, option, pack, rule or parameter; a bad value.",
            "3:An input cannot be read (missing, a directory, not a ledger) or an output cannot be written.",
            "4:An internal error of circular (please report it with the output of --verbose)."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular sample --out sample",
            "  circular validate sample/*.jsonl",
            "  circular score sample/*.jsonl --as-of 2025-12-31 --out report",
            "  circular experiment sample/*.jsonl --as-of 2025-12-31 \\",
            "      --set DATA-ERASURE.target=100%%",
            "  circular rules --as-of 2025-12-31",
            "  circular help score"})
public final class Circular implements Runnable {

    @Spec
    CommandSpec spec;

    /** Creates the top-level command; picocli calls this, as does the bash completion generator. */
    public Circular() {
        // nothing to set up: picocli injects the spec
    }

    /** Without a command: a usage error that names the commands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is missing: validate, score, experiment, rules,"
                + " sample or help");
    }

    /**
     * Returns the command line, with the error handling of every command: a usage error or a failure is one
     * line on stderr, with the exit statuses of {@link ExitCodes}.
     *
     * @return a new command line, writing to {@code System.out} and {@code System.err} until told otherwise
     */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Circular());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(Circular::usageError);
        cmd.setExecutionExceptionHandler(Circular::failure);
        return cmd;
    }

    /**
     * Runs {@code circular} and exits with its status (returns normally on success, so that it can also run
     * inside a build).
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != ExitCodes.OK) {
            System.exit(status);
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (see "
                + cmd.getCommandSpec().qualifiedName() + " --help)");
        if (verbose(cmd)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        int status;
        if (e instanceof Failure f) {
            err.println(name + ": " + f.getMessage());
            status = f.exitCode();
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            err.println(name + ": " + e.getMessage());
            status = ExitCodes.IO;
        } else {
            err.println(name + ": internal error: " + e + " (please report it with the output of --verbose)");
            status = ExitCodes.INTERNAL;
        }
        if (verbose(cmd)) {
            e.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    private static boolean verbose(CommandLine cmd) {
        ParseResult parsed = cmd.getParseResult();
        return parsed != null && parsed.hasMatchedOption("--verbose");
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"circular " + version(), "Java " + System.getProperty("java.version") + " ("
                    + System.getProperty("java.vendor") + ")"};
        }

        static String version() {
            Properties p = new Properties();
            try (InputStream in = Circular.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version of circular", e);
            }
            return p.getProperty("version", "unknown");
        }
    }
}
