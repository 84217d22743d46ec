package io.github.circularj.rules.report;

import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SensitivityResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A linked report site: an index of the cities and enterprises scored, one page per city and per
 * enterprise, and a page per policy experiment and sensitivity sweep, all in one directory.
 *
 * <pre>{@code
 * ReportSite site = ReportSite.builder(ReportOptions.defaults().withTitle("杭州 pilot").withSyntheticData(true))
 *         .city(hangzhou, hangzhouEnterprises)
 *         .experiment("DATA-ERASURE at 100 % now", result)
 *         .build();
 * Reports.site(site, Path.of("target/pilot-report")); // index.html and the pages it links to
 * }</pre>
 *
 * <p>The index says what was scored, as of which date and with which pack versions (once, not per
 * row), and ranks cities, then enterprises, in {@linkplain OverviewReport the overview's order}: rated
 * subjects first, then by band, then by score. A subject's page lists the rules that failed or lacked
 * evidence first, each with its measurement, target, evidence ids and sources with their basis, then the
 * other rules, and the whole reasoning folded. Pages link both ways: index, city, enterprise,
 * experiment. Next to each page the site holds the same report as JSON and CSV ({@link ReportFormat}).
 *
 * <p>File names derive from subject ids: {@code city-<id>.html} and {@code enterprise-<id>.html}, the id
 * kept where it is ASCII letters, digits and {@code -}, every other character written as {@code _} and
 * the hex of its UTF-8 bytes; an id that would give a name over 100 characters is shortened and ends with
 * a hash of the whole id. Two ids giving names that differ only in case are refused, so that the site
 * also works on case-insensitive file systems.
 *
 * <p>Every page is self-contained (inline CSS and SVG, no script, no external font, style or image),
 * well-formed XHTML5, prints on A4, and renders Chinese text with the system's CJK fonts. The same site
 * gives byte-identical files whatever order its scorecards were given in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSite {

    /** The title of a site whose options give none. */
    public static final String DEFAULT_TITLE = "Report site";

    /** The index page's file name. */
    public static final String INDEX = "index.html";

    /** Written in the head of every page; marks a directory as a site that {@link #writeTo} may replace. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"Circular report site\"/>";

    private static final int MAX_NAME = 100;

    private final ReportOptions options;
    private final List<Scorecard> cities;
    private final List<Scorecard> enterprises;
    private final Map<String, String> cityOfEnterprise;
    private final Map<String, List<Scorecard>> enterprisesOfCity;
    private final List<Titled<ExperimentResult>> experiments;
    private final List<Titled<SensitivityResult>> sensitivities;
    private final LocalDate asOf;

    /** A result with the title of its page. */
    record Titled<R>(String title, R result) {
    }

    private ReportSite(Builder builder) {
        this.options = builder.options;
        List<Scorecard> sortedCities = new ArrayList<>(builder.cities.keySet().stream()
                .map(builder.cityCards::get).toList());
        sortedCities.sort(OverviewReport.RANKING);
        this.cities = List.copyOf(sortedCities);
        List<Scorecard> all = new ArrayList<>(builder.enterprises.values());
        all.sort(OverviewReport.RANKING);
        this.enterprises = List.copyOf(all);
        this.cityOfEnterprise = Collections.unmodifiableMap(new HashMap<>(builder.cityOfEnterprise));
        Map<String, List<Scorecard>> byCity = new HashMap<>();
        for (Map.Entry<String, List<String>> city : builder.cities.entrySet()) {
            List<Scorecard> cards = new ArrayList<>();
            for (String id : city.getValue()) {
                cards.add(builder.enterprises.get(id));
            }
            cards.sort(OverviewReport.RANKING);
            byCity.put(city.getKey(), List.copyOf(cards));
        }
        this.enterprisesOfCity = Collections.unmodifiableMap(byCity);
        this.experiments = List.copyOf(builder.experiments);
        this.sensitivities = List.copyOf(builder.sensitivities);
        this.asOf = Stream.concat(cities.stream(), enterprises.stream()).findFirst().orElseThrow().asOf();
    }

    /**
     * Starts a site.
     *
     * @param options the options of every page: title, synthetic stamp, evidence ids shown, timestamp; not null
     * @return a builder
     */
    public static Builder builder(ReportOptions options) {
        return new Builder(options);
    }

    /**
     * Returns the options every page is written with.
     *
     * @return the options
     */
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the site's title, shown on the index: the options' title, or else {@value #DEFAULT_TITLE}.
     *
     * @return the title
     */
    public String title() {
        return options.title().orElse(DEFAULT_TITLE);
    }

    /**
     * Returns the cities' scorecards in ranking order.
     *
     * @return the cities, unmodifiable
     */
    public List<Scorecard> cities() {
        return cities;
    }

    /**
     * Returns every enterprise's scorecard in ranking order, of all cities and of none.
     *
     * @return the enterprises, unmodifiable
     */
    public List<Scorecard> enterprises() {
        return enterprises;
    }

    /**
     * Returns the enterprises of a city in ranking order.
     *
     * @param cityId the city's subject id, not null
     * @return the enterprises, unmodifiable; empty if the site has no such city
     */
    public List<Scorecard> enterprisesOf(String cityId) {
        return enterprisesOfCity.getOrDefault(Objects.requireNonNull(cityId, "cityId"), List.of());
    }

    /**
     * Returns the city an enterprise belongs to.
     *
     * @param enterpriseId the enterprise's subject id, not null
     * @return the city's scorecard, or empty if the enterprise was given without a city or is not in the site
     */
    public Optional<Scorecard> cityOf(String enterpriseId) {
        String cityId = cityOfEnterprise.get(Objects.requireNonNull(enterpriseId, "enterpriseId"));
        return cities.stream().filter(c -> c.subjectId().equals(cityId)).findFirst();
    }

    /**
     * Returns the date every scorecard of the site is as of.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    List<Titled<ExperimentResult>> experiments() {
        return experiments;
    }

    List<Titled<SensitivityResult>> sensitivities() {
        return sensitivities;
    }

    /**
     * Returns the file name of a city's page.
     *
     * @param cityId the city's subject id, not null
     * @return for example {@code "city-330100.html"}
     */
    public static String cityPage(String cityId) {
        return "city-" + safeName(cityId) + ".html";
    }

    /**
     * Returns the file name of an enterprise's page.
     *
     * @param enterpriseId the enterprise's subject id, not null
     * @return for example {@code "enterprise-91330100MA27XK1A3B.html"}
     */
    public static String enterprisePage(String enterpriseId) {
        return "enterprise-" + safeName(enterpriseId) + ".html";
    }

    /**
     * Renders every file of the site in memory.
     *
     * @return the files by name (no directories), in name order; the index is {@value #INDEX}
     */
    public SortedMap<String, String> render() {
        try {
            return Collections.unmodifiableSortedMap(new SitePages(this).render());
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
    }

    /**
     * Writes the site to a directory, all or nothing: every file is rendered in memory, then written to a
     * new directory next to {@code dir}, which is then moved to {@code dir}. An existing {@code dir} is
     * replaced only if it is empty or a site written by this method; if anything fails, {@code dir} is as
     * it was and the partial directory is removed.
     *
     * @param dir the directory, not null; its parent is created if missing
     * @return the index page's path
     * @throws IOException if a file cannot be written, or {@code dir} exists and is neither empty nor a
     *     site (it is then left untouched)
     */
    public Path writeTo(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        SortedMap<String, String> files = render();
        Path target = checkTarget(dir);
        Path parent = target.getParent();
        boolean replace = Files.exists(target);
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path partial = Files.createTempDirectory(parent, "." + name + ".partial-");
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(partial.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            if (!replace) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return target.resolve(INDEX);
            }
            Path old = Files.createTempDirectory(parent, "." + name + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteTree(old);
            return target.resolve(INDEX);
        } finally {
            if (Files.exists(partial)) {
                deleteTree(partial);
            }
        }
    }

    /**
     * Checks, writing nothing, that {@link #writeTo} may write a site to a directory: that it is not the root
     * directory, and that it does not exist or is empty or a site written by {@link #writeTo}. A program
     * calls this before long work whose result goes there, so that it fails at once rather than after the
     * work; {@link #writeTo} makes the same check. A directory that passes may still fail to be written (a
     * parent that is a file, no permission, a full disk), and is then left as it was.
     *
     * @param dir the directory, not null
     * @return the directory as an absolute, normalized path
     * @throws IOException if {@code dir} is the root directory, or exists and is neither empty nor a site
     *     (the message says which and what to do), or cannot be listed
     */
    public static Path checkTarget(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IOException("cannot write a site to the root directory " + target + "; choose a directory in it");
        }
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new IOException("directory " + target + " exists and is neither empty nor a report site; remove it or"
                    + " choose another directory, so that no file of yours is replaced");
        }
        return target;
    }

    /** Empty, or a site: an index page with the generator mark and nothing but regular files. */
    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            if (all.isEmpty()) {
                return true;
            }
            Path index = dir.resolve(INDEX);
            return Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR)
                    && all.stream().allMatch(Files::isRegularFile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                Files.delete(entry);
            }
        }
        Files.delete(dir);
    }

    /**
     * A subject id as part of a file name or an anchor: ASCII letters, digits and {@code -} kept, every
     * other character as {@code _} and two upper-case hex digits per UTF-8 byte; shortened with a hash
     * when over {@value #MAX_NAME} characters.
     */
    static String safeName(String id) {
        StringBuilder name = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
                name.append(c);
            } else {
                name.append('_').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        if (name.length() <= MAX_NAME) {
            return name.toString();
        }
        return name.substring(0, MAX_NAME - 17) + "_" + Sha256.hex(id).substring(0, 16);
    }

    /**
     * Returns the site as short text.
     *
     * @return for example {@code "ReportSite[杭州 pilot: 3 cities, 24 enterprises, 1 experiment, 0 sweeps]"}
     */
    @Override
    public String toString() {
        return "ReportSite[" + title() + ": " + cities.size() + " cities, " + enterprises.size() + " enterprises, "
                + experiments.size() + (experiments.size() == 1 ? " experiment, " : " experiments, ")
                + sensitivities.size() + (sensitivities.size() == 1 ? " sweep]" : " sweeps]");
    }

    /**
     * Collects the scorecards and results of a site. Not thread-safe; build one site per builder.
     */
    public static final class Builder {

        private final ReportOptions options;
        /** City id to its enterprises' ids, in the order given. */
        private final Map<String, List<String>> cities = new TreeMap<>();
        private final Map<String, Scorecard> cityCards = new HashMap<>();
        private final Map<String, Scorecard> enterprises = new LinkedHashMap<>();
        private final Map<String, String> cityOfEnterprise = new HashMap<>();
        private final List<Titled<ExperimentResult>> experiments = new ArrayList<>();
        private final List<Titled<SensitivityResult>> sensitivities = new ArrayList<>();

        private Builder(ReportOptions options) {
            this.options = Objects.requireNonNull(options, "options");
        }

        /**
         * Adds a city and its enterprises.
         *
         * @param city the city's scorecard, not null
         * @param cityEnterprises the scorecards of the city's enterprises, not null, in any order; may be empty
         * @return this builder
         * @throws IllegalArgumentException if the site already has this city or one of these enterprises
         */
        public Builder city(Scorecard city, List<Scorecard> cityEnterprises) {
            Objects.requireNonNull(city, "city");
            List<Scorecard> cards = List.copyOf(Objects.requireNonNull(cityEnterprises, "cityEnterprises"));
            if (cities.containsKey(city.subjectId())) {
                throw new IllegalArgumentException("city \"" + city.subjectId() + "\" is added twice; a site lists each"
                        + " city once");
            }
            List<String> ids = new ArrayList<>();
            for (Scorecard card : cards) {
                addEnterprise(card);
                cityOfEnterprise.put(card.subjectId(), city.subjectId());
                ids.add(card.subjectId());
            }
            cities.put(city.subjectId(), List.copyOf(ids));
            cityCards.put(city.subjectId(), city);
            return this;
        }

        /**
         * Adds enterprises that belong to no city of the site.
         *
         * @param cards the enterprises' scorecards, not null, in any order
         * @return this builder
         * @throws IllegalArgumentException if the site already has one of these enterprises
         */
        public Builder enterprises(List<Scorecard> cards) {
            for (Scorecard card : List.copyOf(Objects.requireNonNull(cards, "cards"))) {
                addEnterprise(card);
            }
            return this;
        }

        private void addEnterprise(Scorecard card) {
            if (enterprises.putIfAbsent(card.subjectId(), card) != null) {
                throw new IllegalArgumentException("enterprise \"" + card.subjectId() + "\" is added twice; a site"
                        + " lists each enterprise once");
            }
        }

        /**
         * Adds a policy experiment; its page links to the pages of the subjects it compares.
         *
         * @param title the page's title, not blank
         * @param result the experiment's result, not null
         * @return this builder
         * @throws IllegalArgumentException if the title is blank
         */
        public Builder experiment(String title, ExperimentResult result) {
            experiments.add(new Titled<>(checkTitle(title, "experiment"), Objects.requireNonNull(result, "result")));
            return this;
        }

        /**
         * Adds a sensitivity sweep; its page links to the pages of the subjects that moved band.
         *
         * @param title the page's title, not blank
         * @param result the sweep's result, not null
         * @return this builder
         * @throws IllegalArgumentException if the title is blank
         */
        public Builder sensitivity(String title, SensitivityResult result) {
            sensitivities.add(new Titled<>(checkTitle(title, "sensitivity"), Objects.requireNonNull(result, "result")));
            return this;
        }

        private static String checkTitle(String title, String kind) {
            Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException(kind + " title \"" + title + "\" is blank; a page has a title");
            }
            return title;
        }

        /**
         * Builds the site.
         *
         * @return the site
         * @throws IllegalArgumentException if it has no city and no enterprise; if its scorecards are not
         *     all as of one date; if the cities, or the enterprises, were not all scored with one pack
         *     version; or if two subjects' file names differ only in case
         */
        public ReportSite build() {
            if (cities.isEmpty() && enterprises.isEmpty()) {
                throw new IllegalArgumentException("a site has no city and no enterprise; add some scorecards");
            }
            List<Scorecard> all = new ArrayList<>(cityCards.values());
            all.addAll(enterprises.values());
            all.sort(Comparator.comparing(Scorecard::subjectId));
            LocalDate date = all.get(0).asOf();
            for (Scorecard card : all) {
                if (!card.asOf().equals(date)) {
                    throw new IllegalArgumentException("scorecard of \"" + card.subjectId() + "\" is as of " + card.asOf()
                            + " but of \"" + all.get(0).subjectId() + "\" as of " + date
                            + "; a site shows one scoring as of one date");
                }
            }
            onePack(cityCards.values(), "cities");
            onePack(enterprises.values(), "enterprises");
            Map<String, String> names = new HashMap<>();
            for (String id : cities.keySet()) {
                uniqueName(names, cityPage(id), id);
            }
            for (String id : new TreeSet<>(enterprises.keySet())) {
                uniqueName(names, enterprisePage(id), id);
            }
            return new ReportSite(this);
        }

        private static void onePack(java.util.Collection<Scorecard> cards, String kind) {
            List<Scorecard> sorted = new ArrayList<>(cards);
            sorted.sort(Comparator.comparing(Scorecard::subjectId));
            for (Scorecard card : sorted) {
                Scorecard first = sorted.get(0);
                if (!card.packId().equals(first.packId()) || !card.packVersion().equals(first.packVersion())) {
                    throw new IllegalArgumentException(kind + " were scored with two packs: \"" + first.subjectId()
                            + "\" with " + first.packId() + " " + first.packVersion() + ", \"" + card.subjectId()
                            + "\" with " + card.packId() + " " + card.packVersion()
                            + "; a site shows one pack version per kind of subject");
                }
            }
        }

        private static void uniqueName(Map<String, String> names, String file, String id) {
            String other = names.putIfAbsent(file.toLowerCase(Locale.ROOT), id);
            if (other != null) {
                throw new IllegalArgumentException("subjects \"" + other + "\" and \"" + id + "\" would both be written"
                        + " to " + file + " (file names that differ only in case clash on some file systems)");
            }
        }
    }
}
