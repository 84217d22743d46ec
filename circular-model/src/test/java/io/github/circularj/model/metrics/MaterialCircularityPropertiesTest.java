package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.Mass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The properties of the Material Circularity Indicator listed in the reference (metrics.md §1), each over
 * at least 1,000 generated products. Fractions are drawn on a grid of millionths so that the sum
 * constraints ({@code F_R + F_U + F_S ≤ 1}, {@code C_R + C_U + C_C ≤ 1}) can be respected exactly when a
 * term is increased into the slack left by the others.
 */
class MaterialCircularityPropertiesTest {

    private static final int EXAMPLES = 1_000;
    private static final int ONE = 1_000_000;

    /** The terms of one flow, fractions in millionths. */
    record Terms(double mass, int fr, int fu, int fs, int cr, int cu, int cc, int ef, int ec) {

        static Terms of(List<Integer> k, double mass) {
            int[] in = fitted(k.get(0), k.get(1), k.get(2));
            int[] out = fitted(k.get(3), k.get(4), k.get(5));
            // E_F > 0 always, so that any F_R is allowed.
            return new Terms(mass, in[0], in[1], in[2], out[0], out[1], out[2], Math.max(1, k.get(6)), k.get(7));
        }

        /** Scales three millionths down (rounding down) so that they add up to at most one. */
        private static int[] fitted(int a, int b, int c) {
            long sum = (long) a + b + c;
            if (sum <= ONE) {
                return new int[] {a, b, c};
            }
            return new int[] {(int) (a * (long) ONE / sum), (int) (b * (long) ONE / sum), (int) (c * (long) ONE / sum)};
        }

        int inputSlack() {
            return ONE - fr - fu - fs;
        }

        int outputSlack() {
            return ONE - cr - cu - cc;
        }

        MaterialFlow flow() {
            return MaterialFlow.builder(Mass.ofKilograms(mass))
                    .recycledInput(f(fr)).reusedInput(f(fu)).sustainedBiologicalInput(f(fs))
                    .recycledOutput(f(cr)).reusedOutput(f(cu)).compostedOutput(f(cc))
                    .inputRecyclingEfficiency(f(ef)).outputRecyclingEfficiency(f(ec))
                    .build();
        }

        Terms half() {
            return new Terms(mass / 2, fr, fu, fs, cr, cu, cc, ef, ec);
        }
    }

    private static double f(int millionths) {
        return millionths / (double) ONE;
    }

    /** Takes {@code share} millionths of a slack, rounding down. */
    private static int part(int slack, int share) {
        return (int) ((long) slack * share / ONE);
    }

    private static Gen<Terms> terms() {
        return lists().of(integers().between(0, ONE)).ofSize(8)
                .zip(doubles().between(0.001, 1_000_000), Terms::of);
    }

    private static Gen<List<Terms>> products() {
        return lists().of(terms()).ofSizeBetween(1, 4);
    }

    private static Gen<Utility> utilities() {
        Gen<Double> term = doubles().between(0.01, 100);
        return term.zip(term, term, term, Utility::of);
    }

    private static Gen<Integer> shares() {
        return integers().between(0, ONE);
    }

    private static double mci(Terms t, Utility u) {
        return MaterialCircularity.of(t.flow(), u).mci();
    }

    private static MaterialCircularity of(List<Terms> product, Utility u) {
        List<MaterialFlow> flows = new ArrayList<>();
        for (Terms t : product) {
            flows.add(t.flow());
        }
        return MaterialCircularity.of(flows, u);
    }

    @Test
    void theIndicatorAndTheLinearFlowIndexLieInTheUnitInterval() {
        qt().withExamples(EXAMPLES).forAll(products(), utilities()).checkAssert((product, u) -> {
            MaterialCircularity m = of(product, u);
            assertThat(m.mci()).isBetween(0.0, 1.0);
            assertThat(m.linearFlowIndex()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void agreesWithTheEquationsEvaluatedStepByStep() {
        qt().withExamples(EXAMPLES).forAll(products(), utilities()).checkAssert((product, u) -> {
            double m = 0;
            double v = 0;
            double w0 = 0;
            double wc = 0;
            double wf = 0;
            for (Terms t : product) {
                m += t.mass();
                v += t.mass() * (1 - f(t.fr()) - f(t.fu()) - f(t.fs()));
                w0 += t.mass() * (1 - f(t.cr()) - f(t.cu()) - f(t.cc()));
                wc += t.mass() * (1 - f(t.ec())) * f(t.cr());
                wf += t.fr() == 0 ? 0 : t.mass() * (1 - f(t.ef())) * f(t.fr()) / f(t.ef());
            }
            double w = w0 + (wf + wc) / 2;
            double lfi = (v + w) / (2 * m + (wf - wc) / 2);
            double x = (u.lifetime() / u.averageLifetime()) * (u.intensity() / u.averageIntensity());
            double expected = Math.max(0, 1 - lfi * 0.9 / x);

            MaterialCircularity actual = of(product, u);
            assertThat(actual.linearFlowIndex()).isCloseTo(lfi, within(1e-9));
            assertThat(actual.mci()).isCloseTo(expected, within(1e-9));
        });
    }

    @Test
    void isNonDecreasingInReusedInput() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms more = new Terms(t.mass(), t.fr(), t.fu() + part(t.inputSlack(), share), t.fs(), t.cr(), t.cu(),
                    t.cc(), t.ef(), t.ec());
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(t, u));
        });
    }

    @Test
    void isNonDecreasingInRecycledOutput() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms more = new Terms(t.mass(), t.fr(), t.fu(), t.fs(), t.cr() + part(t.outputSlack(), share), t.cu(),
                    t.cc(), t.ef(), t.ec());
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(t, u));
        });
    }

    @Test
    void isNonDecreasingInReusedOutput() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms more = new Terms(t.mass(), t.fr(), t.fu(), t.fs(), t.cr(), t.cu() + part(t.outputSlack(), share),
                    t.cc(), t.ef(), t.ec());
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(t, u));
        });
    }

    @Test
    void isNonDecreasingInOutputRecyclingEfficiency() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms more = new Terms(t.mass(), t.fr(), t.fu(), t.fs(), t.cr(), t.cu(), t.cc(), t.ef(),
                    t.ec() + part(ONE - t.ec(), share));
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(t, u));
        });
    }

    @Test
    void isNonDecreasingInInputRecyclingEfficiency() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms more = new Terms(t.mass(), t.fr(), t.fu(), t.fs(), t.cr(), t.cu(), t.cc(),
                    t.ef() + part(ONE - t.ef(), share), t.ec());
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(t, u));
        });
    }

    @Test
    void isNonDecreasingInUtility() {
        qt().withExamples(EXAMPLES).forAll(products(), utilities(), doubles().between(1, 100))
                .checkAssert((product, u, factor) -> {
                    Utility longer = Utility.of(u.lifetime() * factor, u.averageLifetime(), u.intensity(),
                            u.averageIntensity());
                    assertThat(longer.x()).isGreaterThanOrEqualTo(u.x());
                    assertThat(of(product, longer).mci()).isGreaterThanOrEqualTo(of(product, u).mci());
                });
    }

    @Test
    void isNonDecreasingInRecycledInputWhenItsRecyclingIsLossless() {
        qt().withExamples(EXAMPLES).forAll(terms(), shares(), utilities()).checkAssert((t, share, u) -> {
            Terms lossless = new Terms(t.mass(), t.fr(), t.fu(), t.fs(), t.cr(), t.cu(), t.cc(), ONE, t.ec());
            Terms more = new Terms(t.mass(), t.fr() + part(t.inputSlack(), share), t.fu(), t.fs(), t.cr(), t.cu(),
                    t.cc(), ONE, t.ec());
            assertThat(mci(more, u)).isGreaterThanOrEqualTo(mci(lossless, u));
        });
    }

    @Test
    void theLinearFlowIndexDoesNotDependOnLifetimeOrIntensity() {
        qt().withExamples(EXAMPLES).forAll(products(), utilities(), utilities()).checkAssert((product, u1, u2) ->
                assertThat(of(product, u1).linearFlowIndex()).isEqualTo(of(product, u2).linearFlowIndex()));
    }

    @Test
    void aFullyLinearProductOfAverageUtilityScoresExactlyOneTenth() {
        qt().withExamples(EXAMPLES).forAll(doubles().between(1e-6, 1e9), shares(), shares())
                .checkAssert((mass, ef, ec) -> {
                    MaterialFlow linear = MaterialFlow.builder(Mass.ofKilograms(mass))
                            .inputRecyclingEfficiency(f(ef)).outputRecyclingEfficiency(f(ec)).build();
                    assertThat(MaterialCircularity.of(linear, Utility.AVERAGE).mci()).isEqualTo(0.1);
                });
    }

    @Test
    void aProductSplitIntoTwoIdenticalHalvesScoresAsTheWhole() {
        qt().withExamples(EXAMPLES).forAll(products(), utilities()).checkAssert((product, u) -> {
            List<Terms> halves = new ArrayList<>();
            for (Terms t : product) {
                halves.add(t.half());
                halves.add(t.half());
            }
            MaterialCircularity whole = of(product, u);
            MaterialCircularity split = of(halves, u);
            assertThat(split.mci()).isCloseTo(whole.mci(), within(1e-12));
            assertThat(split.linearFlowIndex()).isCloseTo(whole.linearFlowIndex(), within(1e-12));
        });
    }
}
