package io.github.circularj.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Prints the library's version and its modules. The placeholder for the README's run command
 * until the pilot overview example lands.
 */
public final class About {

    /** The published modules and what each holds, in dependency order. */
    static final List<String> MODULES = List.of(
            "circular-model    the domain model and exact circularity metrics",
            "circular-rules    the compliance engine, pilot rule packs, experiments, reports",
            "circular-testkit  generators, assertions and synthetic data for tests",
            "circular-bom      pins the versions of the modules above");

    private About() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.println("Circular " + version());
        out.println();
        MODULES.forEach(module -> out.println("  " + module));
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = About.class.getResourceAsStream("circular.properties")) {
            if (in == null) {
                throw new IllegalStateException("circular.properties is missing from the examples jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
