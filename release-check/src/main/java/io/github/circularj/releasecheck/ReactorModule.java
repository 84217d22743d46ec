package io.github.circularj.releasecheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One module of the reactor as the release-check profile described it in
 * {@code target/staging-modules/<artifactId>/module.properties}.
 *
 * @param groupId the module's group id
 * @param artifactId the module's artifact id
 * @param version the module's version
 * @param packaging {@code jar}, {@code pom}, ...
 * @param basedir the module's directory
 * @param deploySkip the module's {@code maven.deploy.skip}: {@code true} means "not published"
 * @param moduleName the {@code Automatic-Module-Name} its jar must carry
 */
public record ReactorModule(String groupId, String artifactId, String version, String packaging, Path basedir,
        boolean deploySkip, String moduleName) {

    /**
     * Reads every {@code module.properties} below a directory.
     *
     * @param dir the directory the release-check profile wrote ({@code target/staging-modules})
     * @return the modules, sorted by artifact id
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if a description lacks a key
     */
    public static List<ReactorModule> readAll(Path dir) throws IOException {
        List<ReactorModule> modules = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return modules;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("module.properties")).toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                modules.add(new ReactorModule(required(p, "groupId", file), required(p, "artifactId", file),
                        required(p, "version", file), required(p, "packaging", file),
                        Path.of(required(p, "basedir", file)).toAbsolutePath().normalize(),
                        Boolean.parseBoolean(required(p, "deploySkip", file).trim()),
                        required(p, "moduleName", file)));
            }
        }
        modules.sort(Comparator.comparing(ReactorModule::artifactId));
        return modules;
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + ": no value for '" + key + "'");
        }
        return value.trim();
    }

    /**
     * Writes this description the way the release-check profile does (used by tests).
     *
     * @param dir the {@code staging-modules} directory
     * @throws IOException if the file cannot be written
     */
    public void write(Path dir) throws IOException {
        Path file = dir.resolve(artifactId).resolve("module.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", "groupId=" + groupId, "artifactId=" + artifactId,
                "version=" + version, "packaging=" + packaging, "basedir=" + basedir.toString().replace("\\", "/"),
                "deploySkip=" + deploySkip, "moduleName=" + moduleName, ""), StandardCharsets.UTF_8);
    }
}
