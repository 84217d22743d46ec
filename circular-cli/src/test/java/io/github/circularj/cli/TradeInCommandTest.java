package io.github.circularj.cli;

import static io.github.circularj.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.io.LedgerReader;
import io.github.circularj.io.LedgerWriter;
import io.github.circularj.model.party.City;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.RuleDescription;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.tradein.ProgrammeRegion;
import io.github.circularj.rules.tradein.RetailerSubject;
import io.github.circularj.rules.tradein.TradeInClaim;
import io.github.circularj.rules.tradein.TradeInProgramme;
import io.github.circularj.rules.tradein.TradeInSubject;
import io.github.circularj.testkit.SyntheticTradeIn;
import io.github.circularj.testkit.TradeInViolation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pack trade-in}: two synthetic retailers of one city, whose buyers repeat across them, written as ledger
 * files and scored by the command; the output compared with what the library gives for the same files.
 */
class TradeInCommandTest {

    private static final LocalDate AS_OF = SyntheticTradeIn.AS_OF;

    @TempDir
    Path dir;

    private SyntheticTradeIn first;
    private SyntheticTradeIn second;
    private Path firstFile;
    private Path secondFile;

    @BeforeEach
    void writeTwoRetailers() throws IOException {
        first = SyntheticTradeIn.retailer(11).claims(120).number(1).rate(TradeInViolation.OVER_ITEM_CAP, 0.05).build();
        second = SyntheticTradeIn.retailer(12).claims(120).number(2).repeatingBuyersOf(first, 6).build();
        firstFile = dir.resolve("retailer-1.jsonl");
        secondFile = dir.resolve("retailer-2.jsonl");
        LedgerWriter.defaults().withSynthetic(true).writeJsonLines(first.ledger(), firstFile);
        LedgerWriter.defaults().withSynthetic(true).writeJsonLines(second.ledger(), secondFile);
    }

    /** What the library gives for the files: the region of their city, then each retailer. */
    private List<Scorecard> library(RulePack<TradeInSubject, TradeInClaim> pack) throws IOException {
        RetailerSubject a = RetailerSubject.of(LedgerReader.defaults().read(firstFile).ledger());
        RetailerSubject b = RetailerSubject.of(LedgerReader.defaults().read(secondFile).ledger());
        City city = a.retailer().city();
        ComplianceEngine engine = ComplianceEngine.create();
        List<Scorecard> cards = new ArrayList<>();
        cards.add(engine.score(ProgrammeRegion.of(city.code(), city.name(), List.of(a, b)), pack, AS_OF));
        cards.add(engine.score(a, pack, AS_OF));
        cards.add(engine.score(b, pack, AS_OF));
        return cards;
    }

    private static ReportOptions options() {
        return ReportOptions.defaults().withSyntheticData(true).withTitle("2 retailers from 2 files, as of " + AS_OF);
    }

    @Test
    void scoresEachRetailerAndTheirCityAsAProgrammeRegionAsTheLibraryDoes() throws IOException {
        Cli.Run r = run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "trade-in", "--format", "csv",
                firstFile.toString(), secondFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Scorecard> expected = library(TradeInProgramme.packs().asOf(AS_OF).orElseThrow());
        assertThat(r.out()).isEqualTo(OverviewReport.of(expected, options()).render(ReportFormat.CSV));
        // the repeats across retailers show only in the region: that is what the region is for
        Finding regionRepeats = expected.get(0).finding(TradeInProgramme.PER_PERSON).orElseThrow();
        Finding ownRepeats = expected.get(2).finding(TradeInProgramme.PER_PERSON).orElseThrow();
        assertThat(regionRepeats.measurement().evidence().ids()).isNotEmpty();
        assertThat(regionRepeats.measurement().evidence().ids()).isNotEqualTo(ownRepeats.measurement().evidence().ids());
        // the planted over-cap claims are exactly the evidence of ITEM-CAP ("S-001-0009: claimed RMB 748.23, ...")
        assertThat(expected.get(1).finding(TradeInProgramme.ITEM_CAP).orElseThrow().measurement().evidence().ids()
                .stream().map(id -> id.substring(0, id.indexOf(':'))))
                .containsExactlyElementsOf(first.planted(TradeInViolation.OVER_ITEM_CAP));
    }

    @Test
    void textNamesTheRegionsThenTheRetailersAndTheSiteHasARegionPage() throws IOException {
        Path out = dir.resolve("site");
        Cli.Run r = run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "trade-in", "--out", out.toString(),
                firstFile.toString(), secondFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 retailers from 2 files, as of " + AS_OF + ": programme regions")
                .contains("2 retailers from 2 files, as of " + AS_OF + ": retailers")
                .contains(TradeInProgramme.PACK_ID);
        City city = first.ledger().enterprise().city();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("city-" + city.code() + ".html")).isRegularFile();
    }

    @Test
    void setOverridesATradeInParameterAsWithParameterDoes() throws IOException {
        RulePack<TradeInSubject, TradeInClaim> pack = TradeInProgramme.packs().asOf(AS_OF).orElseThrow();
        RuleDescription itemCap = pack.describe().stream().filter(d -> d.id().equals(TradeInProgramme.ITEM_CAP))
                .findFirst().orElseThrow();
        String parameter = itemCap.parameters().get(0).name();
        Cli.Run r = run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "trade-in", "--format", "csv",
                "--set", "ITEM-CAP." + parameter + "=300", firstFile.toString(), secondFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Scorecard> expected = library(pack.withParameter(TradeInProgramme.ITEM_CAP, parameter, 300));
        assertThat(r.out()).isEqualTo(OverviewReport.of(expected, options()).render(ReportFormat.CSV));
        assertThat(r.out()).isNotEqualTo(run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "trade-in",
                "--format", "csv", firstFile.toString(), secondFile.toString()).out());
    }

    @Test
    void aDateBeforeTheProgrammeIsAUsageError() {
        run("score", "--as-of", "2024-12-31", "--pack", "trade-in", firstFile.toString())
                .failsWith(ExitCodes.USAGE, "pack " + TradeInProgramme.PACK_ID + " is not in force on that date");
    }

    @Test
    void rulesListsTheTradeInPack() {
        Cli.Run r = run("rules", "--pack", "trade-in");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(TradeInProgramme.PACK_ID);
        TradeInProgramme.pack().describe().forEach(d -> assertThat(r.out()).contains(d.id() + "  " + d.title()));
        assertThat(run("rules", "--pack", TradeInProgramme.PACK_ID).out()).isEqualTo(r.out());
    }

    @Test
    void sampleWritesRetailersThatScoreWithEveryPlantedKindAndTheSameFilesForTheSameSeed() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(run("sample", "-q", "--out", a.toString(), "--pack", "trade-in", "--items", "400", "--enterprises", "2")
                .exit()).isZero();
        assertThat(run("sample", "-q", "--out", b.toString(), "--pack", "trade-in", "--items", "400", "--enterprises", "2")
                .exit()).isZero();
        List<String> names = Cli.entries(a);
        assertThat(names).hasSize(2).allMatch(n -> n.startsWith("retailer-") && n.endsWith(".jsonl"));
        assertThat(Cli.entries(b)).isEqualTo(names);
        for (String n : names) {
            assertThat(a.resolve(n)).hasSameBinaryContentAs(b.resolve(n));
        }
        RetailerSubject second = RetailerSubject.of(LedgerReader.defaults().read(a.resolve(names.get(1))).ledger());
        Scorecard card = ComplianceEngine.create().score(second, TradeInProgramme.pack(), AS_OF);
        // every kind is planted, so every rule has offending claims as evidence (OLD-ITEM-TRACE's 90 % target may
        // still be met by the 2 % planted)
        for (TradeInViolation v : TradeInViolation.values()) {
            assertThat(card.finding(v.rule()).orElseThrow().measurement().evidence().ids()).as(v.name()).isNotEmpty();
        }
        assertThat(second.retailer().name()).endsWith("(synthetic)");
        assertThat(second.retailer().city().name()).endsWith("(synthetic)");
    }

    @Test
    void aTradeInSampleOfAnotherYearOrOfTooManyClaimsIsAUsageError() {
        run("sample", "--out", dir.resolve("y").toString(), "--pack", "trade-in", "--year", "2024")
                .failsWith(ExitCodes.USAGE, "the trade-in sample is of the 2025 programme");
        run("sample", "--out", dir.resolve("n").toString(), "--pack", "trade-in", "--items", "5000", "--enterprises", "2")
                .failsWith(ExitCodes.USAGE, "a synthetic retailer makes at most 1000");
        run("sample", "--out", dir.resolve("c").toString(), "--pack", "city")
                .failsWith(ExitCodes.USAGE, "--pack city");
    }
}
