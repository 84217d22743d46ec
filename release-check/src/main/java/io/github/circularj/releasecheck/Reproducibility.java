package io.github.circularj.releasecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two staged trees of the same sources, built by two clean builds: every published file must be
 * byte-identical. Only {@code maven-metadata.xml} (and its checksums) may differ, because the deploy plugin
 * stamps it with the time of the deploy; it is not part of what users download.
 */
public final class Reproducibility {

    private Reproducibility() {
    }

    /**
     * Compares two staged trees.
     *
     * @param first the first build's staged tree
     * @param second the second build's staged tree
     * @return the differences, each naming the file; empty if the builds are reproducible
     * @throws IOException if a tree cannot be read
     */
    public static List<String> compare(Path first, Path second) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> a = files(first);
        Set<String> b = files(second);
        for (String only : difference(a, b)) {
            problems.add(only + ": only in the first build");
        }
        for (String only : difference(b, a)) {
            problems.add(only + ": only in the second build");
        }
        int jars = 0;
        for (String name : a) {
            if (!b.contains(name)) {
                continue;
            }
            if (name.endsWith(".jar")) {
                jars++;
            }
            if (!Arrays.equals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)))) {
                problems.add(name + ": differs between the two builds (sha256 "
                        + StagingCheck.digest(first.resolve(name), "sha256").substring(0, 12) + "… vs "
                        + StagingCheck.digest(second.resolve(name), "sha256").substring(0, 12) + "…)");
            }
        }
        if (jars == 0) {
            problems.add("no jar in both builds: nothing was compared");
        }
        return problems;
    }

    /**
     * Counts the jars two trees share (for the report).
     *
     * @param tree a staged tree
     * @return how many jars it holds
     * @throws IOException if it cannot be read
     */
    public static long jarCount(Path tree) throws IOException {
        return files(tree).stream().filter(n -> n.endsWith(".jar")).count();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> files(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": no such staged tree");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.substring(n.lastIndexOf('/') + 1).startsWith("maven-metadata"))
                    .forEach(names::add);
        }
        return names;
    }
}
