package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.Sensitivity;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The site's index holds the sections it has something for, and only those: a site of enterprises alone, of cities
 * alone, of a sweep alone (of one value), with and without a generation time.
 */
class SiteVariantsTest {

    private static final ReportOptions OPTIONS = ReportOptions.defaults().withTitle("示例 site");

    private static String index(ReportSite site) {
        SortedMap<String, String> files = site.render();
        return files.get(ReportSite.INDEX);
    }

    private static Scorecard city() {
        return ReportFixtures.score(new ReportFixtures.Shop("990100", "示例市 (fictional)", OptionalDouble.of(3),
                ReportFixtures.phones(10, 0, 0)));
    }

    @Test
    void aSiteOfEnterprisesAloneHasNoCitiesNorExperiments() {
        String index = index(ReportSite.builder(OPTIONS).enterprises(ReportFixtures.pilot()).build());
        assertThat(index).contains("<h2>Enterprises</h2>").contains("<dt>Enterprises</dt>")
                .contains(ReportFixtures.pilot().size() + " scored with toy-enterprise 1")
                .doesNotContain("<h2>Cities</h2>").doesNotContain("<dt>Cities</dt>").doesNotContain("<h2>Experiments</h2>")
                .doesNotContain("<dt>Generated</dt>").contains("enterprises.csv").doesNotContain("cities.csv");
    }

    @Test
    void aSiteOfACityAloneHasNoEnterprisesSection() {
        String index = index(ReportSite.builder(OPTIONS).city(city(), List.of()).build());
        assertThat(index).contains("<h2>Cities</h2>").contains("<dt>Cities</dt>").contains("1 scored with toy-enterprise 1")
                .doesNotContain("<h2>Enterprises</h2>").doesNotContain("<dt>Enterprises</dt>").contains("cities.csv")
                .doesNotContain("enterprises.csv");
    }

    @Test
    void aSweepAloneIsListedWithItsValuesAndTheGenerationTimeIsShown() {
        Instant at = Instant.parse("2027-03-02T01:00:00Z");
        String index = index(ReportSite.builder(OPTIONS.withGeneratedAt(at)).enterprises(ReportFixtures.pilot())
                .sensitivity("One value", Sensitivity.sweep(ReportFixtures.pack(), ReportFixtures.RETENTION, List.of(3.0),
                        ReportFixtures.shops(), ReportFixtures.AS_OF))
                .build());
        assertThat(index).contains("<h2>Experiments</h2>").contains("1 value</span>").doesNotContain("1 values")
                .contains("<dt>Generated</dt><dd>" + at + "</dd>");
        String two = index(ReportSite.builder(OPTIONS).enterprises(ReportFixtures.pilot())
                .sensitivity("Swept", ReportFixtures.retentionSweep()).build());
        assertThat(two).contains("4 values</span>");
        String experiment = index(ReportSite.builder(OPTIONS).enterprises(ReportFixtures.pilot())
                .experiment("Relaxed", ReportFixtures.experiment()).build());
        assertThat(experiment).contains("<h2>Experiments</h2>").contains("2 of 4 subjects moved band");
    }
}
