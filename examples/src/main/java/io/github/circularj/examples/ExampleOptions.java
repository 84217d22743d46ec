package io.github.circularj.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The command-line options the pilot examples share: {@code --as-of}, {@code --seed}, {@code --items},
 * {@code --out} and {@code --help}. Each option takes its value as the next argument or after {@code =}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date to score as of
 * @param seed the seed of the synthetic pilot
 * @param items the number of items in the whole pilot, spread evenly over the enterprises
 * @param out the directory the reports are written to
 * @param help true if the user asked for the usage message
 */
record ExampleOptions(LocalDate asOf, long seed, long items, Path out, boolean help) {

    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 12, 31);
    static final long DEFAULT_SEED = 2026;
    static final long DEFAULT_ITEMS = 30_000;

    ExampleOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");
    }

    /** Thrown for a command line that cannot be read; the message says what is wrong. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * The default output directory {@code examples/target/<name>}, whether the program runs from the
     * repository root (as {@code ./mvnw -pl examples} does) or from the examples module's directory (as
     * an IDE or the tests do).
     */
    static Path defaultOut(String name) {
        Path module = Files.isRegularFile(Path.of("examples", "pom.xml")) ? Path.of("examples") : Path.of("");
        return module.resolve("target").resolve(name);
    }

    /** The committed sample ledger files: {@code examples/data} from the repository root or the module. */
    static Path defaultData() {
        Path module = Files.isRegularFile(Path.of("examples", "pom.xml")) ? Path.of("examples") : Path.of("");
        return module.resolve("data");
    }

    static ExampleOptions parse(String[] args, Path defaultOut, long defaultItems) {
        LocalDate asOf = DEFAULT_AS_OF;
        long seed = DEFAULT_SEED;
        long items = defaultItems;
        Path out = defaultOut;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            Optional<String> inline = Optional.empty();
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = Optional.of(arg.substring(eq + 1));
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!name.equals("--as-of") && !name.equals("--seed") && !name.equals("--items") && !name.equals("--out")) {
                throw new UsageException("unknown option \"" + arg + "\"");
            }
            String value;
            if (inline.isPresent()) {
                value = inline.get();
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            switch (name) {
                case "--as-of":
                    try {
                        asOf = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--as-of \"" + value + "\" is not a date like 2026-12-31");
                    }
                    break;
                case "--seed":
                    seed = number("--seed", value);
                    break;
                case "--items":
                    items = number("--items", value);
                    if (items < 1) {
                        throw new UsageException("--items \"" + value + "\" is below 1; a pilot has some items");
                    }
                    break;
                default:
                    if (value.isBlank()) {
                        throw new UsageException("--out is blank; give a directory");
                    }
                    out = Path.of(value);
            }
        }
        return new ExampleOptions(asOf, seed, items, out, help);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " \"" + value + "\" is not a whole number");
        }
    }
}
