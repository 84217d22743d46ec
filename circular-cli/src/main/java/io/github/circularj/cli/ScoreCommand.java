package io.github.circularj.cli;

import io.github.circularj.io.PlatformImport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.party.City;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.CityStatistics;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.platform.PlatformSubject;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ReportSite;
import io.github.circularj.rules.tradein.ProgrammeRegion;
import io.github.circularj.rules.tradein.RetailerSubject;
import io.github.circularj.rules.tradein.TradeInClaim;
import io.github.circularj.rules.tradein.TradeInSubject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code circular score}: scores every enterprise of the files, and their cities when asked. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Scores every enterprise in the files with the pilot's enterprise pack as of a date (and their"
                + " cities with the city pack when --pack city is given; or, with --pack trade-in, each retailer's"
                + " subsidy claims and each city's as a programme region; or, with --pack platform, each platform"
                + " operator's file of sellers, listings and transactions), prints the ranked overview on stdout (rated"
                + " subjects first, then by band, then by score) and, with --out, writes the linked report site."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "1:A subject is below --fail-below.",
            "2:Usage error: unknown option, pack, rule or parameter; a bad value; a date before the pack.",
            "3:An input cannot be read or the report site cannot be written.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular score examples/data/*.jsonl --as-of 2025-12-31",
            "  circular score ledgers/*.jsonl --as-of 2025-12-31 --out report \\",
            "      --fail-below COMPLIANT",
            "  circular score ledgers/*.jsonl --as-of 2025-12-31 --pack city \\",
            "      --format json > overview.json",
            "  circular score ledgers/*.jsonl --as-of 2025-12-31 \\",
            "      --set REFUND-7DAY.refund-window=10d",
            "  circular score trades.csv --csv-header shop.jsonl --as-of 2025-12-31",
            "  circular score retailers/*.jsonl --as-of 2026-01-31 --pack trade-in",
            "  circular score platforms/*.jsonl --as-of 2025-12-31 --pack platform"})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The date to score as of, e.g. 2025-12-31; each act is judged by the terms in force on its day.")
    LocalDate asOf;

    @Option(names = "--pack", paramLabel = "PACK", defaultValue = "enterprise",
            description = "enterprise (default): score the enterprises; city: also score their cities (from the"
                    + " enterprises' scores; statistics the files do not hold give INSUFFICIENT_EVIDENCE); trade-in:"
                    + " score each retailer's trade-in subsidy claims, and each city's retailers together as a"
                    + " programme region (where a buyer's repeats across retailers show); platform: score each platform"
                    + " operator's file (format circular-platform).")
    String pack;

    @Option(names = "--set", paramLabel = "RULE.PARAM=VALUE", description = "Score with another value of a rule's"
            + " parameter, or its target or weight, e.g. DATA-ERASURE.target=100%% (repeatable; see `circular rules`).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the overview on stdout: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Nullable
    @Option(names = "--out", paramLabel = "DIR", description = "Write the report site (index.html, a page per city"
            + " and enterprise, JSON and CSV beside each) into DIR; an existing DIR is replaced only if it is empty or"
            + " an earlier site.")
    Path out;

    @Nullable
    @Option(names = "--fail-below", paramLabel = "BAND", description = "Exit with 1 if a subject's band is below"
            + " BAND (${COMPLETION-CANDIDATES}); NOT_RATED is below every band.")
    Band failBelow;

    @Mixin
    Common common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr(), Progress.mode(common.quiet), System::nanoTime);
        Packs.Name packName = Packs.Name.parse(pack);
        List<Setting> settings = sets.stream().map(Setting::parse).collect(Collectors.toList());
        Scored scored = switch (packName) {
            case TRADE_IN -> tradeIn(settings, progress);
            case PLATFORM -> platforms(settings);
            default -> pilot(packName, settings, progress);
        };

        String title = String.format(Locale.ROOT, "%d %s from %d %s, as of %s", scored.members.size(),
                scored.noun(scored.members.size() != 1), scored.files,
                scored.files == 1 ? "file" : "files", asOf);
        ReportOptions options = ReportOptions.defaults().withSyntheticData(scored.synthetic).withTitle(title);
        Optional<Path> index = Optional.empty();

        if (this.out != null) {
            ReportSite.Builder site = ReportSite.builder(options);
            if (scored.groups.isEmpty()) {
                site.enterprises(scored.members);
            } else {
                for (int g = 0; g < scored.groups.size(); g++) {
                    site.city(scored.groups.get(g), scored.membersOfGroup.get(g));
                }
            }
            index = Optional.of(Output.site(site.build(), this.out));
        }
        print(out, scored, options);
        index.ifPresent(page -> progress.note("Report site written to " + this.out + "; open " + page.toUri()));
        return failBelow == null ? ExitCodes.OK : verdict(scored.members, scored.groups, progress);
    }

    /**
     * What was scored: the members (enterprises, retailers or platforms) in the order of the files, and the groups
     * (cities or programme regions) in the order of their codes, each with its members' scorecards; whether every
     * file read holds synthetic data.
     */
    private record Scored(int files, boolean synthetic, List<Scorecard> members, List<Scorecard> groups,
            List<List<Scorecard>> membersOfGroup, String member, String group) {

        Scored(List<Inputs.Input> inputs, List<Scorecard> members, List<Scorecard> groups,
                List<List<Scorecard>> membersOfGroup, String member, String group) {
            this(inputs.size(), inputs.stream().allMatch(in -> in.header().synthetic()), members, groups, membersOfGroup,
                    member, group);
        }

        String noun(boolean plural) {
            return plural ? member + "s" : member;
        }
    }

    /** The pilot's packs: every enterprise, and with {@code --pack city} their cities. */
    private Scored pilot(Packs.Name packName, List<Setting> settings, Progress progress) {
        List<Setting> citySettings = settings.stream()
                .filter(s -> Packs.holds(SecondhandPilot.cityPack(), s.rule().toUpperCase(Locale.ROOT)))
                .collect(Collectors.toList());
        List<Setting> enterpriseSettings = new ArrayList<>(settings);
        enterpriseSettings.removeAll(citySettings);
        RulePack<EnterpriseSubject, Lifecycle> enterprisePack = Packs.apply(Packs.enterprise(asOf), enterpriseSettings, asOf);
        Optional<RulePack<CitySubject, EnterpriseResult>> cityPack = Optional.empty();
        if (packName == Packs.Name.CITY) {
            cityPack = Optional.of(Packs.apply(Packs.city(asOf), citySettings, asOf));
        } else if (!citySettings.isEmpty()) {
            throw Failure.usage("--set " + citySettings.get(0).format() + " names a rule of the city pack; add --pack city");
        }
        if (this.out != null) {
            Output.check(this.out);
        }

        List<Inputs.Input> inputs = Inputs.read(input.files, input.csvHeader(), progress);
        List<EnterpriseSubject> subjects = inputs.stream().map(Inputs.Input::subject).collect(Collectors.toList());
        ComplianceEngine engine = engine();
        List<Scorecard> enterprises = Inputs.rereading(() -> engine.scoreAll(subjects, enterprisePack, asOf));

        List<Scorecard> cityCards = new ArrayList<>();
        List<List<Scorecard>> cardsOfCity = new ArrayList<>();
        if (cityPack.isPresent()) {
            Map<EnterpriseSubject, Scorecard> scored = new IdentityHashMap<>();
            for (int i = 0; i < subjects.size(); i++) {
                scored.put(subjects.get(i), enterprises.get(i));
            }
            RulePack<CitySubject, EnterpriseResult> packOfCities = cityPack.get();
            for (Map.Entry<City, List<Integer>> city : byCity(inputs).entrySet()) {
                List<EnterpriseSubject> own = city.getValue().stream().map(subjects::get).collect(Collectors.toList());
                CitySubject subject = CitySubject.derived(city.getKey(), own, CityStatistics.none()).derive(scored::get);
                cityCards.add(Inputs.rereading(() -> engine.score(subject, packOfCities, asOf)));
                cardsOfCity.add(city.getValue().stream().map(enterprises::get).collect(Collectors.toList()));
            }
        }
        return new Scored(inputs, enterprises, cityCards, cardsOfCity, "enterprise", "cities");
    }

    /**
     * The trade-in pack: every retailer's claims, and the claims of each city's retailers together as a
     * programme region, where a buyer's repeats across retailers show.
     */
    private Scored tradeIn(List<Setting> settings, Progress progress) {
        RulePack<TradeInSubject, TradeInClaim> tradeInPack = Packs.apply(Packs.tradeIn(asOf), settings, asOf);
        if (this.out != null) {
            Output.check(this.out);
        }
        List<Inputs.Input> inputs = Inputs.read(input.files, input.csvHeader(), progress);
        List<RetailerSubject> retailers = inputs.stream().map(in -> RetailerSubject.of(in.read().ledger()))
                .collect(Collectors.toList());
        ComplianceEngine engine = engine();
        List<Scorecard> retailerCards = Inputs.rereading(() -> engine.scoreAll(retailers, tradeInPack, asOf));
        List<Scorecard> regionCards = new ArrayList<>();
        List<List<Scorecard>> cardsOfRegion = new ArrayList<>();
        for (Map.Entry<City, List<Integer>> city : byCity(inputs).entrySet()) {
            ProgrammeRegion region = ProgrammeRegion.of(city.getKey().code(), city.getKey().name(),
                    city.getValue().stream().map(retailers::get).collect(Collectors.toList()));
            regionCards.add(Inputs.rereading(() -> engine.score(region, tradeInPack, asOf)));
            cardsOfRegion.add(city.getValue().stream().map(retailerCards::get).collect(Collectors.toList()));
        }
        return new Scored(inputs, retailerCards, regionCards, cardsOfRegion, "retailer", "programme regions");
    }

    /** The platform-operator pack: every platform file's sellers, listings and transactions. */
    private Scored platforms(List<Setting> settings) {
        RulePack<PlatformSubject, SellerActivity> platformPack = Packs.apply(Packs.platform(asOf), settings, asOf);
        if (this.out != null) {
            Output.check(this.out);
        }
        List<PlatformImport> read = Inputs.readPlatforms(input.files);
        List<PlatformSubject> subjects = read.stream().map(r -> PlatformSubject.of(r.result(),
                r.header().profile().orElse(EnterpriseProfile.UNDECLARED))).collect(Collectors.toList());
        List<Scorecard> cards = engine().scoreAll(subjects, platformPack, asOf);
        return new Scored(read.size(), read.stream().allMatch(r -> r.header().synthetic()), cards, List.of(), List.of(),
                "platform", "");
    }

    private static ComplianceEngine engine() {
        return ComplianceEngine.builder().parallelism(Runtime.getRuntime().availableProcessors()).build();
    }

    /** The indices of the inputs by the city of their enterprise, cities in the order of their codes. */
    private static Map<City, List<Integer>> byCity(List<Inputs.Input> inputs) {
        Map<City, List<Integer>> members = new TreeMap<>(Comparator.comparing(c -> c.code().toString()));
        for (int i = 0; i < inputs.size(); i++) {
            members.computeIfAbsent(inputs.get(i).header().enterprise().city(), c -> new ArrayList<>()).add(i);
        }
        return members;
    }

    /** Text and Markdown: the groups, then the members; other formats: one overview of every subject. */
    private void print(PrintWriter out, Scored scored, ReportOptions options) {
        ReportFormat report = format.report();
        if (!scored.groups.isEmpty() && (report == ReportFormat.TEXT || report == ReportFormat.MARKDOWN)) {
            String base = options.title().orElseThrow();
            out.print(OverviewReport.of(scored.groups, options.withTitle(base + ": " + scored.group)).render(report));
            out.println();
            out.print(OverviewReport.of(scored.members, options.withTitle(base + ": " + scored.noun(true))).render(report));
        } else {
            List<Scorecard> all = new ArrayList<>(scored.groups);
            all.addAll(scored.members);
            out.print(OverviewReport.of(all, options).render(report));
        }
        out.flush();
    }

    private int verdict(List<Scorecard> enterprises, List<Scorecard> cities, Progress progress) {
        List<Scorecard> all = new ArrayList<>(cities);
        all.addAll(enterprises);
        List<Scorecard> below = all.stream().filter(c -> c.band().ordinal() > failBelow.ordinal())
                .collect(Collectors.toList());
        if (below.isEmpty()) {
            return ExitCodes.OK;
        }
        progress.note(below.size() + " of " + all.size() + " subjects below " + failBelow + ": " + below.stream()
                .map(c -> c.subjectName() + " (" + c.band() + ")").collect(Collectors.joining(", ")));
        return ExitCodes.FINDINGS;
    }
}
