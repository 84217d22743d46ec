package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.PLATFORM;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ReportSite;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report site of real pilot scorecards: per-term parts of a finding, and a subject that is not rated. */
class PilotSiteTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

    /** DATA-ERASURE judged per sale: met before the standard's day, not met (mandatory) after it. */
    private final Scorecard acrossTheDay = score(EnterprisePackTest.acrossTheStandardsDay(), AS_OF);
    /** A platform whose ledger holds an item but no accepted event: NOT_RATED. */
    private final Scorecard nothingAccepted = score(EnterpriseSubject.of(Ledger.builder(PLATFORM,
            ReportingPeriod.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1))).item(goodPhone("E1").item()).build(),
            THREE_YEARS), AS_OF);

    private final ReportSite site = ReportSite.builder(ReportOptions.defaults().withTitle("pilot"))
            .enterprises(List.of(nothingAccepted, acrossTheDay)).build();

    @Test
    void aFindingOverSeveralTermsShowsEachTermsPartOnTheSubjectsPage() {
        String page = site.render().get(ReportSite.enterprisePage(acrossTheDay.subjectId()));
        assertThat(page).contains("<ul class=\"parts\"><li>before 2027-01-01: 100 % (1 of 1) against at least 95 %, met</li>"
                + "<li>from 2027-01-01: 0 % (0 of 1) against 100 %, not met <span class=\"badge mandatory\">mandatory"
                + "</span></li></ul>");
    }

    @Test
    void aSubjectThatIsNotRatedRanksLastAndIsMarked() {
        assertThat(nothingAccepted.band()).isEqualTo(Band.NOT_RATED);
        assertThat(acrossTheDay.band()).isEqualTo(Band.NON_COMPLIANT);
        assertThat(site.enterprises()).containsExactly(acrossTheDay, nothingAccepted);
        String index = site.render().get(ReportSite.INDEX);
        assertThat(index).contains("<tr class=\"not-rated\">", "<span class=\"badge band band-not-rated\">NOT_RATED</span>");
        assertThat(index.indexOf(ReportSite.enterprisePage(acrossTheDay.subjectId())))
                .isLessThan(index.indexOf(ReportSite.enterprisePage(nothingAccepted.subjectId())));
    }
}
