package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Terms and their scopes: what a term may name, and which terms of one rule may be in force together. */
class TermTest {

    private static final Target ALL = Target.atLeast(1.0, Unit.SHARE);

    @Test
    void aTermGovernsEveryRecordUnlessScoped() {
        Term plain = Term.of(EffectivePeriod.ALWAYS, ALL, true);
        Term scoped = plain.scopedTo("used cars");

        assertThat(plain.isScoped()).isFalse();
        assertThat(plain.label()).isEqualTo("always");
        assertThat(scoped.isScoped()).isTrue();
        assertThat(scoped.scope()).isEqualTo("used cars");
        assertThat(scoped.label()).isEqualTo("always; used cars");
        assertThat(scoped.overriddenWith(Target.atLeast(0.5, Unit.SHARE)).scope()).isEqualTo("used cars");
        assertThat(scoped.citedTo(Citation.of("A law", "Art. 1", Basis.STATUTE)).scope()).isEqualTo("used cars");
        assertThat(new Term(EffectivePeriod.ALWAYS, ALL, false, Optional.empty(), Optional.empty()).scope()).isEmpty();
    }

    @Test
    void aScopeIsNamedInPlainText() {
        Term t = Term.of(EffectivePeriod.ALWAYS, ALL, false);
        assertThatIllegalArgumentException().isThrownBy(() -> t.scopedTo(""))
                .withMessageContaining("may not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> t.scopedTo(" used cars"))
                .withMessageContaining("term scope \" used cars\"").withMessageContaining("no surrounding blanks");
        assertThatIllegalArgumentException().isThrownBy(() -> t.scopedTo("used\ncars"))
                .withMessageContaining("no control characters");
        assertThatIllegalArgumentException().isThrownBy(() -> t.scopedTo("x".repeat(Term.MAX_SCOPE_LENGTH + 1)))
                .withMessageContaining("(201 characters)");
        assertThat(t.scopedTo("x".repeat(Term.MAX_SCOPE_LENGTH)).scope()).hasSize(Term.MAX_SCOPE_LENGTH);
    }

    /** Erased before sale: a statute's mandatory duty for phones, a default for other goods. */
    static Rule<Fixtures.TestShop, Fixtures.TestItem> scopedErasure() {
        return Rule.<Fixtures.TestShop, Fixtures.TestItem>builder(RuleId.of("R-SCOPED"), "Scoped")
                .citation(Citation.of("A law", "Art. 1", Basis.STATUTE))
                .measure((shop, context) -> Indicators.<Fixtures.TestShop, Fixtures.TestItem>share(
                        i -> i.sold() && i.category().equals("phone") == context.parameters().scope().equals("named goods"),
                        Fixtures.TestItem::erased, Fixtures.TestItem::id).indicatorFor(shop, context))
                .term(Term.of(EffectivePeriod.ALWAYS, ALL, true).scopedTo("named goods"))
                .term(Term.of(EffectivePeriod.ALWAYS, ALL, false).scopedTo("other goods")
                        .citedTo(Citation.of("A law", "Art. 1", Basis.LIBRARY_DEFAULT)))
                .describedAs(Describer.share("items sold", "were not erased"))
                .build();
    }

    @Test
    void theEngineMeasuresEachScopeApartAndAFailedMandatoryScopeDecides() {
        RulePack<Fixtures.TestShop, Fixtures.TestItem> pack = RulePack.<Fixtures.TestShop, Fixtures.TestItem>builder("scoped", "1")
                .criterion("Only", 1, scopedErasure()).build();
        java.util.List<Fixtures.TestItem> items = new java.util.ArrayList<>(Fixtures.phones(4, 1));
        items.add(new Fixtures.TestItem("S1", "sofa", true, false, false));
        items.add(new Fixtures.TestItem("S2", "sofa", true, true, false));
        Scorecard card = ComplianceEngine.create().score(Fixtures.dealer(items), pack, LocalDate.of(2026, 6, 30));
        Finding f = card.finding(RuleId.of("R-SCOPED")).orElseThrow();

        assertThat(f.parts()).extracting(p -> p.term().scope(), p -> p.measurement().numerator().getAsLong(),
                p -> p.measurement().denominator().getAsLong(), Finding.Part::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("named goods", 3L, 4L, Outcome.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("other goods", 1L, 2L, Outcome.NOT_MET));
        assertThat(f.term().orElseThrow().scope()).isEqualTo("named goods");
        assertThat(f.isMandatory()).isTrue();
        assertThat(card.cappedBy()).containsExactly(RuleId.of("R-SCOPED"));
        assertThat(f.measurement().numerator()).hasValue(4);
        assertThat(f.measurement().denominator()).hasValue(6);
        assertThat(f.message()).contains("always; named goods: 75 % (3 of 4) against 100 %, NOT_MET, mandatory")
                .contains("always; other goods: 50 % (1 of 2) against 100 %, NOT_MET");
        assertThat(card.explain().render()).contains("each act judged by the term of its scope in force on its day");
        String json = io.github.circularj.rules.report.Reports.render(card, io.github.circularj.rules.report.ReportFormat.JSON);
        assertThat(json).contains("\"scope\": \"named goods\"").contains("\"scope\": \"other goods\"");
        for (io.github.circularj.rules.report.ReportFormat format : io.github.circularj.rules.report.ReportFormat.values()) {
            assertThat(io.github.circularj.rules.report.Reports.render(card, format)).as(format.name()).isNotBlank();
        }

        java.util.List<Fixtures.TestItem> onlySofas = java.util.List.of(new Fixtures.TestItem("S1", "sofa", true, false, false));
        Scorecard sofas = ComplianceEngine.create().score(Fixtures.dealer(onlySofas), pack, LocalDate.of(2026, 6, 30));
        assertThat(sofas.finding(RuleId.of("R-SCOPED")).orElseThrow().isMandatory()).as("the default scope only").isFalse();
        assertThat(sofas.cappedBy()).isEmpty();
    }

    @Test
    void termsOfDifferentScopesMayBeInForceTogetherButNotTwoOfOneScope() {
        Rule<Fixtures.TestShop, Fixtures.TestItem> both = scopedErasure();
        assertThat(both.termsAsOf(LocalDate.of(2026, 1, 1))).extracting(Term::scope)
                .containsExactly("named goods", "other goods");
        assertThat(both.termAsOf(LocalDate.of(2026, 1, 1)).orElseThrow().scope()).isEqualTo("named goods");

        assertThatIllegalArgumentException().isThrownBy(() -> Rule.<Fixtures.TestShop, Fixtures.TestItem>builder(RuleId.of("R-TWICE"), "Twice")
                        .citation(Citation.of("A law", "Art. 1", Basis.STATUTE))
                        .measure(Indicators.share(Fixtures.TestItem::sold, Fixtures.TestItem::erased, Fixtures.TestItem::id))
                        .term(Term.of(EffectivePeriod.ALWAYS, ALL, true).scopedTo("named goods"))
                        .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), ALL, false).scopedTo("named goods"))
                        .build())
                .withMessageContaining("rule R-TWICE: terms always; named goods and from 2027-01-01; named goods overlap");
    }
}
