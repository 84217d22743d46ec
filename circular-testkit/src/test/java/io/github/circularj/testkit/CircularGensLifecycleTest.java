package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Stage;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Imei;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CircularGensLifecycleTest {

    @Test
    void generatedLifecyclesReplayEventByEventThroughTheTransitionTable() {
        qt().forAll(CircularGens.lifecycles(30)).checkAssert(lc -> {
            Lifecycle replayed = Lifecycle.of(lc.item());
            Stage stage = Stage.UNRECORDED;
            for (LifecycleEvent e : lc.events()) {
                stage = stage.next(e.type()).orElseThrow(() -> new AssertionError("illegal " + e.type()));
                replayed = replayed.append(e);
            }
            assertThat(replayed).isEqualTo(lc);
            assertThat(lc.stage()).isEqualTo(stage);
        });
    }

    @Test
    void hasAnswersForEveryEventTypeWhatAScanOfTheHistoryFinds() {
        qt().forAll(CircularGens.lifecycles(30)).checkAssert(lc -> {
            for (EventType type : EventType.values()) {
                boolean scanned = lc.events().stream().anyMatch(e -> e.type() == type);
                assertThat(lc.has(type)).as("%s in %s", type, lc.events()).isEqualTo(scanned);
            }
        });
    }

    @Test
    void generatedLifecyclesNeverGoBackInTime() {
        qt().forAll(CircularGens.lifecycles(30)).checkAssert(lc -> {
            for (int i = 1; i < lc.size(); i++) {
                assertThat(lc.events().get(i).at()).isAfterOrEqualTo(lc.events().get(i - 1).at());
            }
        });
    }

    /**
     * A statement about the generator's distribution, not a property of every example, so it runs with
     * a fixed seed: with a random seed a rare end stage (an item left at SOLD is about one walk in a
     * hundred) is sometimes missed by chance, and a test that fails by chance proves nothing.
     */
    @Test
    void generatedLifecyclesReachTerminalStagesSometimes() {
        Set<Stage> reached = new HashSet<>();
        qt().withFixedSeed(20_251_130L).withExamples(2_000).forAll(CircularGens.lifecycles(40))
                .checkAssert(lc -> reached.add(lc.stage()));
        assertThat(reached).contains(Stage.SOLD, Stage.IN_STOCK, Stage.QUARANTINED);
        assertThat(reached.stream().filter(Stage::isTerminal)).isNotEmpty();
    }

    @Test
    void generatedPhonesCarryAValidImeiAndVehiclesACheckedVin() {
        qt().forAll(CircularGens.items()).checkAssert(item -> {
            if (item.category().equals(Category.PHONE)) {
                assertThat(Imei.isValid(item.imei().orElseThrow().value())).isTrue();
            }
            if (item.category().isVehicle()) {
                assertThat(item.vin().orElseThrow().hasValidCheckDigit()).isTrue();
            }
        });
    }

    @Test
    void generatedLedgersHoldDistinctItemsEachWithAValidLifecycle() {
        qt().withExamples(50).forAll(CircularGens.ledgers(8, 20)).checkAssert(ledger -> {
            assertThat(ledger.isInMemory()).isTrue();
            assertThat(ledger.lifecycles().map(Lifecycle::itemId)).doesNotHaveDuplicates();
            ledger.lifecycles().forEach(lc -> assertThat(Lifecycle.of(lc.item(), lc.events())).isEqualTo(lc));
        });
    }

    @Test
    void generatedEnterprisesHaveValidCodesWithTheirCitysDivisionDigits() {
        qt().forAll(CircularGens.enterprises()).checkAssert(e -> {
            assertThat(CreditCode.isValid(e.creditCode().toString())).isTrue();
            assertThat(e.creditCode().divisionDigits()).isEqualTo(e.city().code().toString());
            assertThat(e.name()).endsWith(SyntheticPilot.MARKER);
        });
    }

    @Test
    void refusesANegativeNumberOfEvents() {
        assertThatIllegalArgumentException().isThrownBy(() -> CircularGens.lifecycles(-1))
                .withMessage("maxEvents \"-1\" is negative");
    }
}
