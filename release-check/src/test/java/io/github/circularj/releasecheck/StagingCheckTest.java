package io.github.circularj.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check on a small staged tree built here: a good tree passes, and each deliberate defect fails with a
 * message naming the artifact and what is wrong.
 */
class StagingCheckTest {

    private static final String G = "io.github.circularj";
    private static final String V = "1.2.0";
    private static final String LICENCE = "Apache License\nVersion 2.0\n";

    @TempDir
    Path root;

    private Path staging;
    private Path modulesDir;

    @BeforeEach
    void goodTree() throws IOException {
        staging = root.resolve("target/staging");
        modulesDir = root.resolve("target/staging-modules");
        Files.writeString(root.resolve("LICENSE"), LICENCE);
        module("circular-parent", "pom", root, false, "io.github.circularj");
        module("circular-bom", "pom", root.resolve("circular-bom"), false, "io.github.circularj");
        module("circular-model", "jar", root.resolve("circular-model"), false, "io.github.circularj.model");
        module("circular-rules", "jar", root.resolve("circular-rules"), false, "io.github.circularj.rules");
        module("examples", "jar", root.resolve("examples"), true, "io.github.circularj.examples");
        stageJarModule("circular-model", "io.github.circularj.model", "");
        stageJarModule("circular-rules", "io.github.circularj.rules",
                dependency("circular-model", V, ""));
        stagePom("circular-bom", "pom", "<dependencyManagement><dependencies>"
                + dependency("circular-model", V, "") + dependency("circular-rules", V, "")
                + "</dependencies></dependencyManagement>", "");
    }

    @Test
    void aGoodTreePasses() throws IOException {
        assertThat(check()).isEmpty();
    }

    @Test
    void theCommandLineExitsWithOneAndNamesTheProblem() throws IOException {
        Files.delete(versionDir("circular-rules").resolve("circular-rules-1.2.0-javadoc.jar"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"check", root.toString()}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("circular-rules 1.2.0: missing circular-rules-1.2.0-javadoc.jar");
        assertThat(Main.run(new String[] {"check"}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()))).isEqualTo(2);
    }

    @Test
    void aMissingJavadocOrSourcesJarFails() throws IOException {
        Files.delete(versionDir("circular-rules").resolve("circular-rules-1.2.0-javadoc.jar"));
        Files.delete(versionDir("circular-model").resolve("circular-model-1.2.0-sources.jar"));
        assertThat(check()).contains(
                "circular-rules 1.2.0: missing circular-rules-1.2.0-javadoc.jar (the javadoc jar Central requires)",
                "circular-model 1.2.0: missing circular-model-1.2.0-sources.jar (the sources jar Central requires)");
    }

    @Test
    void aPomWithoutTheMetadataCentralRequiresFails() throws IOException {
        stagePom("circular-model", "jar", "", "name|description|url|licenses|developers|scm");
        assertThat(check()).containsExactlyInAnyOrder("circular-model 1.2.0: POM has no <name>",
                "circular-model 1.2.0: POM has no <description>", "circular-model 1.2.0: POM has no <url>",
                "circular-model 1.2.0: POM has no <licenses><license>",
                "circular-model 1.2.0: POM has no <developers><developer>",
                "circular-model 1.2.0: POM has no <scm> with <url> and <connection>");
    }

    @Test
    void anUnresolvedPropertyInAPomFails() throws IOException {
        stagePom("circular-bom", "pom", "<dependencyManagement><dependencies>"
                + dependency("circular-model", "${project.version}", "") + dependency("circular-rules", V, "")
                + "</dependencies></dependencyManagement>", "");
        assertThat(check()).anyMatch(p -> p.startsWith("circular-bom 1.2.0: POM line ")
                && p.endsWith(" holds the unresolved ${project.version}"));
    }

    @Test
    void aMissingOrWrongChecksumFails() throws IOException {
        Path jar = versionDir("circular-model").resolve("circular-model-1.2.0.jar");
        Files.delete(jar.resolveSibling(jar.getFileName() + ".sha1"));
        Files.writeString(jar.resolveSibling(jar.getFileName() + ".md5"), "0123456789abcdef0123456789abcdef");
        assertThat(check()).contains("circular-model 1.2.0: missing checksum circular-model-1.2.0.jar.sha1")
                .anyMatch(p -> p.startsWith("circular-model 1.2.0: checksum circular-model-1.2.0.jar.md5 does not match the file"));
    }

    @Test
    void aStagedTestJarFails() throws IOException {
        writeWithSums(versionDir("circular-model").resolve("circular-model-1.2.0-tests.jar"), jar(Map.of("X.class", "x"), null));
        assertThat(check()).anyMatch(p -> p.startsWith("circular-model 1.2.0: unexpected file circular-model-1.2.0-tests.jar (a test jar"));
    }

    @Test
    void aStagedExampleOrParentFails() throws IOException {
        stageJarModule("examples", "io.github.circularj.examples", "");
        stagePom("circular-parent", "pom", "", "");
        assertThat(check()).contains("examples: staged but not meant to be published (it sets maven.deploy.skip=true)",
                "circular-parent: staged but not meant to be published (it is the reactor's parent, and no staged POM refers to it)");
    }

    @Test
    void aPomThatNamesAnUnstagedParentFails() throws IOException {
        stagePom("circular-model", "jar", "", "", "<parent><groupId>" + G + "</groupId><artifactId>circular-parent</artifactId><version>"
                + V + "</version></parent>");
        assertThat(check()).contains(
                "circular-parent: a staged POM names it as <parent>, but it is not staged (flatten the POM or publish the parent)");
    }

    @Test
    void aPublishedModuleThatWasNotStagedFails() throws IOException {
        module("circular-io", "jar", root.resolve("circular-io"), false, "io.github.circularj.io");
        assertThat(check()).contains(
                "circular-io: declared published (no maven.deploy.skip=true) but nothing was staged",
                "circular-bom 1.2.0: BOM does not list the published module circular-io");
    }

    @Test
    void aBomThatListsAnUnpublishedModuleOrMissesOneFails() throws IOException {
        stagePom("circular-bom", "pom", "<dependencyManagement><dependencies>"
                + dependency("circular-model", V, "") + dependency("examples", V, "")
                + "</dependencies></dependencyManagement>", "");
        assertThat(check()).contains("circular-bom 1.2.0: BOM does not list the published module circular-rules",
                "circular-bom 1.2.0: BOM lists examples, which is not a published module");
    }

    @Test
    void aJarWithoutLicenceOrModuleNameFails() throws IOException {
        Path dir = versionDir("circular-model");
        writeWithSums(dir.resolve("circular-model-1.2.0.jar"), jar(Map.of("io/github/circularj/model/A.class", "a"), null));
        assertThat(check()).contains("circular-model 1.2.0: circular-model-1.2.0.jar has no META-INF/LICENSE",
                "circular-model 1.2.0: circular-model-1.2.0.jar has no Automatic-Module-Name in its manifest");
    }

    @Test
    void aJarWithAnotherLicenceOrForeignClassesWithoutNoticeFails() throws IOException {
        Path dir = versionDir("circular-model");
        writeWithSums(dir.resolve("circular-model-1.2.0.jar"), jar(Map.of("io/github/circularj/model/A.class", "a",
                "com/example/Shaded.class", "s", "META-INF/LICENSE", "MIT"), "io.github.circularj.model"));
        assertThat(check()).contains("circular-model 1.2.0: circular-model-1.2.0.jar: META-INF/LICENSE is not the repository's LICENSE",
                "circular-model 1.2.0: circular-model-1.2.0.jar holds classes of other projects but no META-INF/NOTICE");
    }

    @Test
    void aWrongModuleNameFails() throws IOException {
        writeWithSums(versionDir("circular-model").resolve("circular-model-1.2.0.jar"),
                jar(Map.of("io/github/circularj/model/A.class", "a", "META-INF/LICENSE", LICENCE), "io.github.circularj.rules"));
        assertThat(check()).contains("circular-model 1.2.0: circular-model-1.2.0.jar: Automatic-Module-Name 'io.github.circularj.rules'"
                + " differs from the module's circular.moduleName 'io.github.circularj.model'");
    }

    @Test
    void aDependencyOnAnUnpublishedModuleFails() throws IOException {
        stagePom("circular-rules", "jar", "<dependencies>" + dependency("examples", V, "") + "</dependencies>", "");
        assertThat(check()).contains("circular-rules 1.2.0: depends on examples, which is not published");
    }

    @Test
    void aSnapshotFails() throws IOException {
        Path dir = versionDir("circular-model");
        Files.move(dir, dir.resolveSibling("1.2.0-SNAPSHOT"));
        assertThat(check()).anyMatch(p -> p.startsWith("circular-model 1.2.0-SNAPSHOT: a SNAPSHOT cannot go to Maven Central"));
    }

    @Test
    void signaturesAreRequiredOnlyWhenAsked() throws IOException {
        assertThat(new StagingCheck(staging, ReactorModule.readAll(modulesDir), Optional.of(root.resolve("LICENSE")), true).run())
                .contains("circular-model 1.2.0: missing GPG signature circular-model-1.2.0.jar.asc");
    }

    @Test
    void noModuleDescriptionsFails() throws IOException {
        assertThat(new StagingCheck(staging, List.of(), Optional.empty(), false).run())
                .containsExactly("no module descriptions: stage with ./mvnw -Prelease-check (see docs/releasing.md)");
    }

    // --- building the tree

    private List<String> check() throws IOException {
        return new StagingCheck(staging, ReactorModule.readAll(modulesDir), Optional.of(root.resolve("LICENSE")), false).run();
    }

    private void module(String artifactId, String packaging, Path basedir, boolean deploySkip, String moduleName) throws IOException {
        new ReactorModule(G, artifactId, V, packaging, basedir, deploySkip, moduleName).write(modulesDir);
    }

    private Path versionDir(String artifactId) {
        return staging.resolve("io/github/circularj").resolve(artifactId).resolve(V);
    }

    private void stageJarModule(String artifactId, String moduleName, String dependencies) throws IOException {
        Path dir = versionDir(artifactId);
        String pkg = moduleName.replace('.', '/');
        writeWithSums(dir.resolve(artifactId + "-" + V + ".jar"),
                jar(Map.of(pkg + "/A.class", "a", "META-INF/LICENSE", LICENCE), moduleName));
        writeWithSums(dir.resolve(artifactId + "-" + V + "-sources.jar"),
                jar(Map.of(pkg + "/A.java", "class A {}", "META-INF/LICENSE", LICENCE), null));
        writeWithSums(dir.resolve(artifactId + "-" + V + "-javadoc.jar"), jar(Map.of("index.html", "<html/>"), null));
        stagePom(artifactId, "jar", dependencies.isEmpty() ? "" : "<dependencies>" + dependencies + "</dependencies>", "");
    }

    private void stagePom(String artifactId, String packaging, String body, String omit) throws IOException {
        stagePom(artifactId, packaging, body, omit, "");
    }

    private void stagePom(String artifactId, String packaging, String body, String omit, String parent) throws IOException {
        List<String> left = List.of(omit.split("\\|"));
        StringBuilder pom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n<modelVersion>4.0.0</modelVersion>\n")
                .append(parent).append('\n')
                .append("<groupId>").append(G).append("</groupId>\n<artifactId>").append(artifactId).append("</artifactId>\n")
                .append("<version>").append(V).append("</version>\n");
        if (!packaging.equals("jar")) {
            pom.append("<packaging>").append(packaging).append("</packaging>\n");
        }
        if (!left.contains("name")) {
            pom.append("<name>Circular ").append(artifactId).append("</name>\n");
        }
        if (!left.contains("description")) {
            pom.append("<description>What it is.</description>\n");
        }
        if (!left.contains("url")) {
            pom.append("<url>https://github.com/circularj/circular</url>\n");
        }
        if (!left.contains("licenses")) {
            pom.append("<licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>\n");
        }
        if (!left.contains("developers")) {
            pom.append("<developers><developer><id>circularj</id><name>The Circular developers</name></developer></developers>\n");
        }
        if (!left.contains("scm")) {
            pom.append("<scm><connection>scm:git:https://github.com/circularj/circular.git</connection>"
                    + "<url>https://github.com/circularj/circular</url></scm>\n");
        }
        pom.append(body).append("\n</project>\n");
        writeWithSums(versionDir(artifactId).resolve(artifactId + "-" + V + ".pom"), pom.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String dependency(String artifactId, String version, String extra) {
        return "<dependency><groupId>" + G + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                + "</version>" + extra + "</dependency>";
    }

    private static byte[] jar(Map<String, String> entries, String moduleName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (moduleName != null) {
            manifest.getMainAttributes().putValue("Automatic-Module-Name", moduleName);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void writeWithSums(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        for (String algorithm : List.of("md5", "sha1")) {
            Files.writeString(file.resolveSibling(file.getFileName() + "." + algorithm), StagingCheck.digest(file, algorithm));
        }
    }
}
