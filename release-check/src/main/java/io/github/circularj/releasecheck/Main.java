package io.github.circularj.releasecheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command line of the release check (run by {@code .ci/release-check}).
 *
 * <pre>
 * check   &lt;repo root&gt; [--require-signatures]   checks &lt;root&gt;/target/staging against &lt;root&gt;/target/staging-modules
 * compare &lt;first tree&gt; &lt;second tree&gt;            two staged builds must be byte-identical
 * </pre>
 *
 * <p>Exit status 0 when all is well, 1 when a problem was found (each printed on its own line), 2 on a usage
 * error.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command.
     *
     * @param args see the class comment
     * @throws IOException if a tree cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command and returns its exit status.
     *
     * @param args see the class comment
     * @param out where the result goes
     * @param err where problems go
     * @return 0 if all is well, 1 if a problem was found, 2 on a usage error
     * @throws IOException if a tree cannot be read
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length >= 2 && args[0].equals("check") && (args.length == 2 || (args.length == 3 && args[2].equals("--require-signatures")))) {
            Path root = Path.of(args[1]).toAbsolutePath().normalize();
            Path staging = root.resolve("target/staging");
            List<ReactorModule> modules = ReactorModule.readAll(root.resolve("target/staging-modules"));
            Path licence = root.resolve("LICENSE");
            List<String> problems = new StagingCheck(staging, modules, Files.exists(licence) ? Optional.of(licence) : Optional.empty(),
                    args.length == 3).run();
            List<String> published = modules.stream().filter(m -> !m.deploySkip() && !m.basedir().equals(root))
                    .map(ReactorModule::artifactId).toList();
            return report("release check of " + staging, problems, out, err,
                    published.size() + " published modules staged and fit for Maven Central (" + published
                            + "); not published: "
                            + modules.stream().filter(m -> m.deploySkip() || m.basedir().equals(root)).map(ReactorModule::artifactId).toList());
        }
        if (args.length == 3 && args[0].equals("compare")) {
            Path first = Path.of(args[1]);
            Path second = Path.of(args[2]);
            List<String> problems = Reproducibility.compare(first, second);
            return report("reproducibility: " + first + " vs " + second, problems, out, err,
                    "two clean builds are byte-identical (" + Reproducibility.jarCount(first) + " jars, every POM and checksum)");
        }
        err.println("usage: check <repo root> [--require-signatures] | compare <first staged tree> <second staged tree>");
        return 2;
    }

    private static int report(String title, List<String> problems, PrintStream out, PrintStream err, String success) {
        if (problems.isEmpty()) {
            out.println(title + ": OK: " + success);
            return 0;
        }
        err.println(title + ": " + problems.size() + " problem(s):");
        problems.forEach(p -> err.println("  - " + p));
        return 1;
    }
}
