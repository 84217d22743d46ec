package io.github.circularj.rules.tradein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.rules.Measurement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * PER-PERSON's accumulator: any split of the claims, each part accumulated, written, read back and merged, finishes
 * as the one-pass accumulation does, and a read accumulator writes the same bytes again; a damaged accumulator is
 * refused with a message.
 */
class PerPersonIndicatorTest {

    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static final ProgrammeCategory[] CATEGORIES = {ProgrammeCategory.PHONE, ProgrammeCategory.TABLET,
        ProgrammeCategory.AIR_CONDITIONER};

    /** Claim n: one of 4 buyers, one of 3 categories, at one of 50 seconds (so ties are broken by id); out of scope when odd. */
    private static TradeInClaim claim(int n) {
        ProgrammeCategory category = CATEGORIES[(n / 4) % 3];
        Category item = category == ProgrammeCategory.AIR_CONDITIONER ? Category.LARGE_APPLIANCE
                : category == ProgrammeCategory.TABLET ? Category.TABLET : Category.PHONE;
        SubsidyClaim c = SubsidyClaim.of(category, Money.of("10.00", "CNY"), Money.of("100.00", "CNY"),
                BuyerReference.of("B-" + (n % 4)));
        Lifecycle l = History.of(Item.of(ItemId.of("I-" + n), Product.of("Acme", "X", item))).by(Actor.of("staff"))
                .at(T0.plusSeconds((n * 7L) % 50)).soldNew(c).lifecycle();
        return new TradeInClaim("R", l.item(), l.events(SoldNew.class).get(0), java.util.Optional.empty());
    }

    private static PerPersonIndicator indicator(int evidenceLimit) {
        return new PerPersonIndicator(c -> !c.item().id().value().endsWith("1"),
                category -> category == ProgrammeCategory.AIR_CONDITIONER ? 3 : 1, evidenceLimit);
    }

    private static PerPersonIndicator.Acc accumulate(PerPersonIndicator indicator, List<Integer> claims) {
        PerPersonIndicator.Acc acc = indicator.start();
        claims.forEach(n -> indicator.accept(acc, claim(n)));
        return acc;
    }

    private static byte[] bytes(PerPersonIndicator indicator, PerPersonIndicator.Acc acc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            indicator.write(acc, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PerPersonIndicator.Acc read(PerPersonIndicator indicator, byte[] bytes) throws IOException {
        return indicator.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    private static Gen<List<Integer>> claims() {
        return lists().of(integers().between(0, 400)).ofSizeBetween(0, 40);
    }

    @Test
    void anySplitWrittenReadAndMergedFinishesAsOnePass() {
        qt().withExamples(300).forAll(claims(), claims(), integers().between(1, 4)).checkAssert((left, right, limit) -> {
            PerPersonIndicator indicator = indicator(limit);
            List<Integer> all = new java.util.ArrayList<>(left);
            all.addAll(right);
            Measurement expected = indicator.finish(accumulate(indicator, all));
            try {
                byte[] l = bytes(indicator, accumulate(indicator, left));
                byte[] r = bytes(indicator, accumulate(indicator, right));
                PerPersonIndicator.Acc readLeft = read(indicator, l);
                assertThat(bytes(indicator, readLeft)).isEqualTo(l);
                Measurement merged = indicator.finish(indicator.merge(readLeft, read(indicator, r)));
                assertThat(merged).isEqualTo(expected);
                // the other way round too
                assertThat(indicator.finish(indicator.merge(read(indicator, r), read(indicator, l)))).isEqualTo(expected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theLatestClaimsBeyondTheLimitOffendWhicheverPartTheyCameIn() {
        PerPersonIndicator indicator = indicator(10);
        // claims 0, 48, 96 and 144 are buyer B-0's phone claims at seconds 0, 36, 22 and 8
        PerPersonIndicator.Acc a = accumulate(indicator, List.of(48, 144));
        PerPersonIndicator.Acc b = accumulate(indicator, List.of(96, 0));
        Measurement m = indicator.finish(indicator.merge(a, b));
        assertThat(m.numerator()).hasValue(1);
        assertThat(m.denominator()).hasValue(4);
        assertThat(m.evidence().count()).isEqualTo(3);
        assertThat(m.evidence().ids()).containsExactly("I-144-1: buyer B-0, 4 phone claims, at most 1",
                "I-48-1: buyer B-0, 4 phone claims, at most 1", "I-96-1: buyer B-0, 4 phone claims, at most 1");
        // an evidence limit of 2 lists the 2 smallest ids and counts all 3
        PerPersonIndicator two = indicator(2);
        Measurement listed = two.finish(two.merge(accumulate(two, List.of(48, 144)), accumulate(two, List.of(96, 0))));
        assertThat(listed.evidence().count()).isEqualTo(3);
        assertThat(listed.evidence().ids()).hasSize(2);
    }

    @Test
    void aDamagedAccumulatorIsRefused() throws IOException {
        PerPersonIndicator indicator = indicator(5);
        byte[] good = bytes(indicator, accumulate(indicator, List.of(0, 48, 96)));
        assertThat(read(indicator, good).keys).hasSize(1);
        // the layout: claims in scope (8), keys (4), buyer (4 + 3), category (4 + 5), count (8), kept (4), ...
        byte[] low = good.clone();
        int count = 8 + 4 + 4 + 3 + 4 + 5;
        low[count + 7] = 0; // the key's count, 3, becomes 0: below the 1 claim kept
        assertThatThrownBy(() -> read(indicator, low)).isInstanceOf(IOException.class)
                .hasMessageContaining("claim count \"0\"").hasMessageContaining("it counts every one");
        byte[] category = good.clone();
        category[8 + 4 + 4 + 3 + 4] = 'Q'; // "PHONE" becomes "QHONE"
        assertThatThrownBy(() -> read(indicator, category)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("per-person accumulator holds a bad value");
        byte[] kept = good.clone();
        kept[count + 8 + 3] = 2; // two phone claims kept, one more than the limit
        assertThatThrownBy(() -> read(indicator, kept)).isInstanceOf(IOException.class);
    }
}
