package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.dealer;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.TallyIndicator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in {@link Rule}'s class Javadoc, compiled and run here verbatim, so that it never calls what does not exist. */
class RuleJavadocExampleTest {

    @Test
    void theRuleJavadocExampleCompilesRunsAndIsVerbatim() throws IOException {
        // BEGIN Rule Javadoc example
        Rule<EnterpriseSubject, Lifecycle> erasure = Rule.<EnterpriseSubject, Lifecycle>builder(
                        RuleId.of("MY-ERASURE"), "Devices erased before sale")
                .citation(Citation.of("数据安全技术 电子产品信息清除技术要求", "", Basis.STANDARD))
                .appliesTo("dealers", shop -> shop.enterprise().hasRole(EnterpriseRole.DEALER))
                .measure((shop, context) -> TallyIndicator.share(EventTypes.of(EventType.SOLD),
                        item -> Tally.item(item.item().category().holdsPersonalData(), item.has(EventType.DATA_ERASED)),
                        context.evidenceLimit()))
                .term(Term.of(EffectivePeriod.until(LocalDate.of(2027, 1, 1)), Target.atLeast(0.95, Unit.SHARE), false))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(1.0, Unit.SHARE), true))
                .describedAs(Describer.share("devices sold", "had no erasure record"))
                .build();
        // END Rule Javadoc example

        RulePack<EnterpriseSubject, Lifecycle> pack = RulePack.<EnterpriseSubject, Lifecycle>builder("mine", "1")
                .criterion("Data", 1, erasure).build();
        EnterpriseSubject shop = dealer(goodPhone("P1").build(),
                history("P2", Category.PHONE).collected().inspected().listed().sold().build());
        Finding f = ComplianceEngine.create().score(shop, pack, LocalDate.of(2026, 12, 31))
                .finding(RuleId.of("MY-ERASURE")).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.message()).startsWith("1 of 2 devices sold (50 %) had no erasure record; the target is at least 95 %");
        assertThat(f.evidence().ids()).containsExactly("P2");

        assertThat(snippet(Files.readAllLines(Path.of("src/test/java/io/github/circularj/rules/pilot/RuleJavadocExampleTest.java")),
                "// BEGIN Rule Javadoc example", "// END Rule Javadoc example", ""))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/main/java/io/github/circularj/rules/Rule.java")),
                        "<pre>{@code", "}</pre>", "*"));
    }

    /** The lines between two markers, each stripped of its indentation and of a leading comment star. */
    private static List<String> snippet(List<String> lines, String begin, String end, String star) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.endsWith(end) && in) {
                break;
            }
            if (in) {
                out.add((!star.isEmpty() && t.startsWith(star) ? t.substring(1) : t).strip());
            }
            if (t.endsWith(begin)) {
                in = true;
            }
        }
        assertThat(out).as("snippet between %s and %s", begin, end).isNotEmpty();
        return out;
    }
}
