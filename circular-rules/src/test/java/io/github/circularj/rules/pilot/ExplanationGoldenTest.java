package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.AS_OF;
import static io.github.circularj.rules.pilot.PilotFixtures.dealer;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole reasoning of a few scorecards of the enterprise pack ({@link Scorecard#explain()}), compared byte for
 * byte with the files under {@code src/test/resources/explain/}: acts under two dated terms, scoped terms, an
 * overridden parameter and target, a shortfall, a ledger with nothing accepted. Every line a reader is shown is
 * pinned, so a change to the reasoning is a reviewed change. To change it on purpose, run the build with
 * {@code CIRCULAR_REGENERATE_GOLDENS=true}, read the diff, and commit it.
 */
class ExplanationGoldenTest {

    static Stream<Arguments> cards() {
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();
        RulePack<EnterpriseSubject, Lifecycle> overridden = pack
                .withParameter(SecondhandPilot.REFUND_7DAY, EnterpriseRule.REFUND_WINDOW, 10)
                .withTarget(SecondhandPilot.DISC_CONDITION, Target.atLeast(0.5, Unit.SHARE));
        Lifecycle sofa = history("F2", Category.FURNITURE).collectedUnverified().listed(Disclosure.DEFECTS).sold().build();
        Lifecycle phone = history("P2", Category.PHONE).collectedUnverified().inspected().erased()
                .listed(Disclosure.CONDITION_GRADE).sold().build();
        Lifecycle lateRefund = history("P5", Category.PHONE).collected().inspected().erased().listed().sold().returned()
                .after(Duration.ofDays(9)).refunded().build();
        return Stream.of(
                Arguments.of("across-the-standards-day", EnterprisePackTest.acrossTheStandardsDay(), pack,
                        LocalDate.of(2027, 6, 30)),
                Arguments.of("scoped-registration-and-label", dealer(goodPhone("P1").build(), sofa, phone), pack, AS_OF),
                Arguments.of("overridden-refund-window", dealer(goodPhone("P1").build(), lateRefund), overridden, AS_OF),
                Arguments.of("auctioneer-retention", PilotFixtures.subject(PilotFixtures.AUCTIONEER, PilotFixtures.THREE_YEARS,
                        goodPhone("P1").build()), pack, AS_OF),
                Arguments.of("nothing-accepted", dealer(), pack, AS_OF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void theReasoningIsExactlyTheGoldenFile(String name, EnterpriseSubject subject, RulePack<EnterpriseSubject, Lifecycle> pack,
            LocalDate asOf) throws IOException {
        Scorecard card = ComplianceEngine.create().score(subject, pack, asOf);
        String rendered = card.explain().render();
        if ("true".equals(System.getenv("CIRCULAR_REGENERATE_GOLDENS"))) {
            Path file = Path.of("src/test/resources/explain", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        try (InputStream in = ExplanationGoldenTest.class.getResourceAsStream("/explain/" + name + ".txt")) {
            assertThat(in).as("golden file explain/" + name + ".txt").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered);
        }
    }
}
