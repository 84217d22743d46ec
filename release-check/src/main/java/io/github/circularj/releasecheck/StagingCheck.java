package io.github.circularj.releasecheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a staged deploy ({@code target/staging}, a Maven repository on disk) the way Maven Central's
 * validation does, and a little more: what is staged is exactly the set of published modules, derived from
 * the reactor's {@code maven.deploy.skip}.
 *
 * <p>For every published module: a POM with name, description, URL, licence, developers and SCM, no
 * unresolved {@code ${...}}, no parent that is not staged and no dependency on an unpublished module; for a
 * jar module a jar, a sources jar and a javadoc jar, each jar with {@code META-INF/LICENSE} (and a NOTICE
 * when it holds classes of another project), the main jar with its {@code Automatic-Module-Name}; md5 and
 * sha1 checksums that match every file; nothing else attached (no test jars). The BOM lists every published
 * module and nothing else. Signatures are checked only when asked (the release, not CI, signs).
 */
public final class StagingCheck {

    private static final Pattern UNRESOLVED = Pattern.compile("\\$\\{[^}]*}");
    private static final Set<String> CHECKSUMS = Set.of("md5", "sha1", "sha256", "sha512");
    private static final String OWN_CLASSES = "io/github/circularj/";

    private final Path staging;
    private final List<ReactorModule> modules;
    private final Optional<Path> licence;
    private final boolean requireSignatures;
    private final List<String> problems = new ArrayList<>();

    /**
     * Creates a check.
     *
     * @param staging the staged repository
     * @param modules the reactor's modules (see {@link ReactorModule#readAll})
     * @param licence the repository's LICENSE file every jar must carry byte for byte, if known
     * @param requireSignatures whether every file needs a GPG signature ({@code .asc})
     */
    public StagingCheck(Path staging, List<ReactorModule> modules, Optional<Path> licence, boolean requireSignatures) {
        this.staging = staging;
        this.modules = List.copyOf(modules);
        this.licence = licence;
        this.requireSignatures = requireSignatures;
    }

    /**
     * Runs every check.
     *
     * @return the problems found, each naming the artifact and what is wrong; empty if the tree is fit to
     *     publish
     * @throws IOException if the tree cannot be read
     */
    public List<String> run() throws IOException {
        problems.clear();
        if (modules.isEmpty()) {
            problems.add("no module descriptions: stage with ./mvnw -Prelease-check (see docs/releasing.md)");
            return List.copyOf(problems);
        }
        if (!Files.isDirectory(staging)) {
            problems.add(staging + ": no staged repository");
            return List.copyOf(problems);
        }
        Optional<ReactorModule> root = reactorRoot();
        Map<String, ReactorModule> published = new TreeMap<>();
        Map<String, ReactorModule> unpublished = new TreeMap<>();
        for (ReactorModule m : modules) {
            boolean isRoot = root.isPresent() && root.get().equals(m);
            (m.deploySkip() || isRoot ? unpublished : published).put(ga(m.groupId(), m.artifactId()), m);
        }
        Map<String, Path> staged = stagedArtifacts();
        Set<String> parentsNeeded = new TreeSet<>();
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            if (!published.containsKey(e.getKey())) {
                continue;
            }
            parentsNeeded.addAll(checkArtifact(published.get(e.getKey()), e.getValue(), published));
        }
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            String key = e.getKey();
            if (published.containsKey(key)) {
                continue;
            }
            ReactorModule m = unpublished.get(key);
            if (m != null && parentsNeeded.contains(key)) {
                checkArtifact(m, e.getValue(), published);
            } else if (m != null) {
                problems.add(name(key) + ": staged but not meant to be published ("
                        + (m.deploySkip() ? "it sets maven.deploy.skip=true" : "it is the reactor's parent, and no staged POM refers to it")
                        + ")");
            } else {
                problems.add(name(key) + ": staged but no module of the reactor has this name");
            }
        }
        for (String key : published.keySet()) {
            if (!staged.containsKey(key)) {
                problems.add(name(key) + ": declared published (no maven.deploy.skip=true) but nothing was staged");
            }
        }
        for (String parent : parentsNeeded) {
            if (!staged.containsKey(parent)) {
                problems.add(name(parent) + ": a staged POM names it as <parent>, but it is not staged (flatten the POM or publish the parent)");
            }
        }
        checkBom(published, staged);
        checkModuleNames(published);
        return List.copyOf(problems);
    }

    /** The module whose directory holds every other module's directory: the reactor's parent. */
    private Optional<ReactorModule> reactorRoot() {
        return modules.stream()
                .filter(candidate -> "pom".equals(candidate.packaging()))
                .filter(candidate -> modules.stream().allMatch(m -> m.basedir().startsWith(candidate.basedir())))
                .filter(candidate -> modules.size() > 1)
                .findFirst();
    }

    /** Every {@code groupId:artifactId} staged, with its directory (the one that holds the versions). */
    private Map<String, Path> stagedArtifacts() throws IOException {
        Map<String, Path> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".pom")) {
                    continue;
                }
                Path versionDir = file.getParent();
                Path artifactDir = versionDir.getParent();
                Path groupPath = staging.relativize(artifactDir.getParent());
                String groupId = groupPath.toString().replace(groupPath.getFileSystem().getSeparator(), ".");
                result.put(ga(groupId, artifactDir.getFileName().toString()), artifactDir);
            }
        }
        return result;
    }

    /**
     * Checks one staged artifact.
     *
     * @return the {@code groupId:artifactId} of its parent, if its POM names one
     */
    private Set<String> checkArtifact(ReactorModule m, Path artifactDir, Map<String, ReactorModule> published) throws IOException {
        String who = m.artifactId();
        List<Path> versions;
        try (Stream<Path> list = Files.list(artifactDir)) {
            versions = list.filter(Files::isDirectory).sorted().toList();
        }
        if (versions.size() != 1) {
            problems.add(who + ": expected exactly one staged version, found " + versions.stream().map(p -> p.getFileName().toString()).toList());
            if (versions.isEmpty()) {
                return Set.of();
            }
        }
        Path dir = versions.get(0);
        String version = dir.getFileName().toString();
        String id = who + " " + version;
        if (version.endsWith("-SNAPSHOT")) {
            problems.add(id + ": a SNAPSHOT cannot go to Maven Central; stage a release version (-Drevision=X.Y.Z)");
        }
        if (!version.equals(m.version())) {
            problems.add(id + ": staged version differs from the reactor's " + m.version());
        }
        String base = who + "-" + version;
        boolean jar = "jar".equals(m.packaging());
        List<String> expected = new ArrayList<>(List.of(base + ".pom"));
        if (jar) {
            expected.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).forEach(p -> present.add(p.getFileName().toString()));
        }
        for (String name : expected) {
            if (!present.contains(name)) {
                problems.add(id + ": missing " + name + describe(name, base));
            }
        }
        for (String name : present) {
            String primary = stripSuffixes(name);
            if (!expected.contains(primary)) {
                problems.add(id + ": unexpected file " + name
                        + (primary.endsWith("-tests.jar") ? " (a test jar; test fixtures are shared by source, see docs/releasing.md)" : "")
                        + " (only the POM" + (jar ? ", the jar, its sources and javadoc jars" : "") + " are published)");
            }
        }
        for (String name : expected) {
            if (!present.contains(name)) {
                continue;
            }
            checkChecksums(id, dir.resolve(name), present);
            if (requireSignatures) {
                if (!present.contains(name + ".asc")) {
                    problems.add(id + ": missing GPG signature " + name + ".asc");
                } else {
                    checkChecksums(id, dir.resolve(name + ".asc"), present);
                }
            }
        }
        checkMetadataChecksums(id, artifactDir);
        Set<String> parents = new TreeSet<>();
        if (present.contains(base + ".pom")) {
            parents.addAll(checkPom(m, id, dir.resolve(base + ".pom"), version, published));
        }
        if (jar) {
            checkJar(id, dir.resolve(base + ".jar"), JarKind.MAIN, m);
            checkJar(id, dir.resolve(base + "-sources.jar"), JarKind.SOURCES, m);
            checkJar(id, dir.resolve(base + "-javadoc.jar"), JarKind.JAVADOC, m);
        }
        return parents;
    }

    private static String describe(String name, String base) {
        if (name.equals(base + "-sources.jar")) {
            return " (the sources jar Central requires)";
        }
        if (name.equals(base + "-javadoc.jar")) {
            return " (the javadoc jar Central requires)";
        }
        return "";
    }

    private static String stripSuffixes(String name) {
        String s = name;
        for (String suffix : List.of(".md5", ".sha1", ".sha256", ".sha512", ".asc")) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        if (s.endsWith(".asc")) {
            s = s.substring(0, s.length() - 4);
        }
        return s;
    }

    private void checkChecksums(String id, Path file, Set<String> present) throws IOException {
        String name = file.getFileName().toString();
        for (String algorithm : List.of("md5", "sha1")) {
            if (!present.contains(name + "." + algorithm)) {
                problems.add(id + ": missing checksum " + name + "." + algorithm);
            }
        }
        for (String algorithm : CHECKSUMS) {
            Path sum = file.resolveSibling(name + "." + algorithm);
            if (Files.exists(sum)) {
                String want = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
                String have = digest(file, algorithm);
                if (!want.equalsIgnoreCase(have)) {
                    problems.add(id + ": checksum " + sum.getFileName() + " does not match the file (" + want + " recorded, " + have + " computed)");
                }
            }
        }
    }

    private void checkMetadataChecksums(String id, Path artifactDir) throws IOException {
        Path metadata = artifactDir.resolve("maven-metadata.xml");
        if (Files.exists(metadata)) {
            Set<String> present = new TreeSet<>();
            try (Stream<Path> list = Files.list(artifactDir)) {
                list.forEach(p -> present.add(p.getFileName().toString()));
            }
            checkChecksums(id, metadata, present);
        }
    }

    /** Digest of a file in hex, as Maven writes it. */
    static String digest(Path file, String algorithm) throws IOException {
        String jca = switch (algorithm) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("algorithm: unknown '" + algorithm + "'");
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " is required of every JDK", e);
        }
    }

    private Set<String> checkPom(ReactorModule m, String id, Path pom, String version, Map<String, ReactorModule> published) throws IOException {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher unresolved = UNRESOLVED.matcher(lines[i]);
            while (unresolved.find()) {
                problems.add(id + ": POM line " + (i + 1) + " holds the unresolved " + unresolved.group());
            }
        }
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            problems.add(id + ": POM is not well-formed XML: " + e.getMessage());
            return Set.of();
        }
        Element project = doc.getDocumentElement();
        Set<String> parents = new TreeSet<>();
        Optional<Element> parent = child(project, "parent");
        parent.ifPresent(p -> parents.add(ga(text(p, "groupId"), text(p, "artifactId"))));
        String groupId = text(project, "groupId");
        if (groupId.isEmpty() && parent.isPresent()) {
            groupId = text(parent.get(), "groupId");
        }
        String pomVersion = text(project, "version");
        if (pomVersion.isEmpty() && parent.isPresent()) {
            pomVersion = text(parent.get(), "version");
        }
        if (!groupId.equals(m.groupId()) || !text(project, "artifactId").equals(m.artifactId()) || !pomVersion.equals(version)) {
            problems.add(id + ": POM coordinates " + groupId + ":" + text(project, "artifactId") + ":" + pomVersion + " do not match where it is staged");
        }
        String packaging = text(project, "packaging");
        if (!(packaging.isEmpty() ? "jar" : packaging).equals(m.packaging())) {
            problems.add(id + ": POM packaging '" + packaging + "' differs from the module's '" + m.packaging() + "'");
        }
        for (String element : List.of("name", "description", "url")) {
            if (text(project, element).isEmpty()) {
                problems.add(id + ": POM has no <" + element + ">");
            }
        }
        List<Element> licences = children(child(project, "licenses"), "license");
        if (licences.isEmpty()) {
            problems.add(id + ": POM has no <licenses><license>");
        }
        for (Element l : licences) {
            if (text(l, "name").isEmpty() || text(l, "url").isEmpty()) {
                problems.add(id + ": POM licence without <name> or <url>");
            }
        }
        List<Element> developers = children(child(project, "developers"), "developer");
        if (developers.isEmpty()) {
            problems.add(id + ": POM has no <developers><developer>");
        }
        for (Element d : developers) {
            if (text(d, "name").isEmpty() && text(d, "id").isEmpty()) {
                problems.add(id + ": POM developer without <name> or <id>");
            }
        }
        Optional<Element> scm = child(project, "scm");
        if (scm.isEmpty() || text(scm.get(), "url").isEmpty() || text(scm.get(), "connection").isEmpty()) {
            problems.add(id + ": POM has no <scm> with <url> and <connection>");
        }
        for (Element dependency : children(child(project, "dependencies"), "dependency")) {
            String key = ga(text(dependency, "groupId"), text(dependency, "artifactId"));
            String scope = text(dependency, "scope");
            boolean ours = modules.stream().anyMatch(r -> ga(r.groupId(), r.artifactId()).equals(key));
            if (ours && !published.containsKey(key) && !scope.equals("test")) {
                problems.add(id + ": depends on " + name(key) + ", which is not published");
            }
            if (!text(dependency, "classifier").isEmpty() || text(dependency, "type").equals("test-jar")) {
                if (!scope.equals("test")) {
                    problems.add(id + ": depends on a classified artifact of " + name(key));
                }
            }
        }
        return parents;
    }

    /** What the BOM must hold: every published module but itself, and nothing else. */
    private void checkBom(Map<String, ReactorModule> published, Map<String, Path> staged) throws IOException {
        List<ReactorModule> boms = published.values().stream()
                .filter(m -> "pom".equals(m.packaging()) && m.artifactId().endsWith("-bom")).toList();
        if (boms.isEmpty()) {
            problems.add("no BOM: a published pom module named *-bom must list the published modules");
            return;
        }
        for (ReactorModule bom : boms) {
            Path dir = staged.get(ga(bom.groupId(), bom.artifactId()));
            if (dir == null) {
                continue;
            }
            Path pom = dir.resolve(bom.version()).resolve(bom.artifactId() + "-" + bom.version() + ".pom");
            if (!Files.exists(pom)) {
                continue;
            }
            Document doc;
            try {
                doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            } catch (ParserConfigurationException | SAXException e) {
                continue; // reported by checkPom
            }
            String id = bom.artifactId() + " " + bom.version();
            Map<String, String> listed = new LinkedHashMap<>();
            for (Element d : children(child(doc.getDocumentElement(), "dependencyManagement").flatMap(dm -> child(dm, "dependencies")), "dependency")) {
                String key = ga(text(d, "groupId"), text(d, "artifactId"));
                listed.put(key, text(d, "version"));
                if (!text(d, "classifier").isEmpty() || !(text(d, "type").isEmpty() || text(d, "type").equals("jar"))) {
                    problems.add(id + ": BOM entry " + name(key) + " has a type or classifier (only plain jars are published)");
                }
            }
            for (String key : published.keySet()) {
                if (!key.equals(ga(bom.groupId(), bom.artifactId())) && !listed.containsKey(key)) {
                    problems.add(id + ": BOM does not list the published module " + name(key));
                }
            }
            for (Map.Entry<String, String> entry : listed.entrySet()) {
                if (!published.containsKey(entry.getKey())) {
                    problems.add(id + ": BOM lists " + name(entry.getKey()) + ", which is not a published module");
                } else if (!entry.getValue().equals(bom.version())) {
                    problems.add(id + ": BOM pins " + name(entry.getKey()) + " to '" + entry.getValue() + "', not " + bom.version());
                }
            }
        }
    }

    private void checkModuleNames(Map<String, ReactorModule> published) {
        Map<String, String> seen = new TreeMap<>();
        for (ReactorModule m : published.values()) {
            if ("jar".equals(m.packaging())) {
                String previous = seen.put(m.moduleName(), m.artifactId());
                if (previous != null) {
                    problems.add(m.artifactId() + ": Automatic-Module-Name " + m.moduleName() + " is also " + previous + "'s");
                }
            }
        }
    }

    private enum JarKind { MAIN, SOURCES, JAVADOC }

    private void checkJar(String id, Path file, JarKind kind, ReactorModule m) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String what = id + ": " + file.getFileName();
        try (JarFile jar = new JarFile(file.toFile())) {
            JarEntry licenceEntry = jar.getJarEntry("META-INF/LICENSE");
            if (kind != JarKind.JAVADOC) {
                if (licenceEntry == null) {
                    problems.add(what + " has no META-INF/LICENSE");
                } else if (licence.isPresent()) {
                    try (InputStream in = jar.getInputStream(licenceEntry)) {
                        if (!java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(licence.get()))) {
                            problems.add(what + ": META-INF/LICENSE is not the repository's LICENSE");
                        }
                    }
                }
            }
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            switch (kind) {
                case MAIN -> {
                    if (names.stream().noneMatch(n -> n.endsWith(".class"))) {
                        problems.add(what + " holds no class");
                    }
                    boolean foreign = names.stream().anyMatch(n -> n.endsWith(".class") && !n.startsWith(OWN_CLASSES)
                            && !n.startsWith("META-INF/") && !n.equals("module-info.class"));
                    if (foreign && jar.getJarEntry("META-INF/NOTICE") == null) {
                        problems.add(what + " holds classes of other projects but no META-INF/NOTICE");
                    }
                    Attributes main = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
                    String moduleName = main == null ? null : main.getValue("Automatic-Module-Name");
                    if (moduleName == null || moduleName.isBlank()) {
                        problems.add(what + " has no Automatic-Module-Name in its manifest");
                    } else if (!SourceVersion.isName(moduleName)) {
                        problems.add(what + ": Automatic-Module-Name '" + moduleName + "' is not a valid module name");
                    } else if (!moduleName.equals(m.moduleName())) {
                        problems.add(what + ": Automatic-Module-Name '" + moduleName + "' differs from the module's circular.moduleName '" + m.moduleName() + "'");
                    }
                }
                case SOURCES -> {
                    if (names.stream().noneMatch(n -> n.endsWith(".java"))) {
                        problems.add(what + " holds no .java source");
                    }
                }
                case JAVADOC -> {
                    if (!names.contains("index.html")) {
                        problems.add(what + " holds no index.html");
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        } catch (java.util.zip.ZipException e) {
            problems.add(what + " is not a valid jar: " + e.getMessage());
        }
    }

    private static String ga(String groupId, String artifactId) {
        return groupId + ":" + artifactId;
    }

    private static String name(String ga) {
        return ga.substring(ga.indexOf(':') + 1);
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Optional<Element> parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent.isPresent()) {
            NodeList nodes = parent.get().getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e && name.equals(e.getTagName())) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).orElse("");
    }
}
