package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void personalDataCategoriesAreThoseOfTheDataErasureRule() {
        // policy.md DATA-ERASURE: phones, tablets, computers, wearables, office equipment
        assertThat(Category.builtIns()).filteredOn(Category::holdsPersonalData).containsExactlyInAnyOrder(
                Category.PHONE, Category.TABLET, Category.LAPTOP, Category.DESKTOP, Category.WEARABLE,
                Category.OFFICE_EQUIPMENT);
    }

    @Test
    void weeeCategoriesAreExactlyTheFourteenProductsOfThe2014Catalogue() {
        // policy.md WEEE-HANDOVER: refrigerators, air conditioners, range hoods, washing machines, electric water
        // heaters, gas water heaters, printers, copiers, fax machines, televisions, monitors, microcomputers,
        // mobile phones, fixed telephones. Microwaves, vacuum cleaners and other small appliances are not on it.
        assertThat(Category.builtIns()).filteredOn(Category::isWeee).containsExactlyInAnyOrder(
                Category.PHONE, Category.FIXED_TELEPHONE, // mobile phones, fixed telephones
                Category.TABLET, Category.LAPTOP, Category.DESKTOP, // microcomputers (and monitors)
                Category.OFFICE_EQUIPMENT, // printers, copiers, fax machines
                Category.TELEVISION, // televisions
                Category.LARGE_APPLIANCE, // refrigerators, air conditioners, washing machines, water heaters
                Category.RANGE_HOOD); // range hoods
        assertThat(Category.SMALL_APPLIANCE.isWeee()).as("microwave ovens and vacuum cleaners are not on the catalogue").isFalse();
        assertThat(Category.WEARABLE.isWeee()).isFalse();
    }

    @Test
    void vehiclesArePassengerAndCommercialVehicles() {
        assertThat(Category.builtIns()).filteredOn(Category::isVehicle)
                .containsExactlyInAnyOrder(Category.PASSENGER_CAR, Category.COMMERCIAL_VEHICLE);
    }

    @Test
    void serialisedCategoriesAreElectronicsVehiclesAndMachinery() {
        assertThat(Category.builtIns()).filteredOn(Category::isSerialised).containsExactlyInAnyOrder(
                Category.PHONE, Category.FIXED_TELEPHONE, Category.TABLET, Category.LAPTOP, Category.DESKTOP, Category.WEARABLE,
                Category.OFFICE_EQUIPMENT, Category.PASSENGER_CAR, Category.COMMERCIAL_VEHICLE, Category.MACHINERY);
    }

    @Test
    void gradableCategoriesHaveAGradingStandard() {
        assertThat(Category.builtIns()).filteredOn(Category::isGradable).containsExactlyInAnyOrder(
                Category.PHONE, Category.TABLET, Category.LAPTOP, Category.DESKTOP, Category.WEARABLE,
                Category.PASSENGER_CAR, Category.COMMERCIAL_VEHICLE);
    }

    @Test
    void goodsWithoutSpecialRulesHaveNoFlags() {
        for (Category c : List.of(Category.FURNITURE, Category.APPAREL, Category.LUXURY, Category.BOOK)) {
            assertThat(c.holdsPersonalData() || c.isWeee() || c.isVehicle() || c.isSerialised() || c.isGradable())
                    .as(c.code()).isFalse();
        }
    }

    @Test
    void builtInCodesAreUniqueAndFoundByCode() {
        Set<String> codes = new HashSet<>();
        for (Category c : Category.builtIns()) {
            assertThat(codes.add(c.code())).as(c.code()).isTrue();
            assertThat(Category.of(c.code())).isSameAs(c);
        }
        assertThat(Category.of("vehicle/passenger-car")).isEqualTo(Category.PASSENGER_CAR);
        assertThat(Category.PHONE).hasToString("electronics/phone");
    }

    @Test
    void rejectsAnUnknownCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Category.of("electronics/drone"))
                .withMessage("category code \"electronics/drone\" is not a built-in category; define it with Category.custom(code, name)");
    }

    @Test
    void rejectsAMalformedCode() {
        for (String bad : List.of("", "Electronics/phone", "electronics//phone", "/phone", "phone/", "a--b", "-a", "a b", "a_b")) {
            assertThatIllegalArgumentException().isThrownBy(() -> Category.of(bad))
                    .withMessageStartingWith("category code \"" + bad + "\" is malformed;");
        }
    }

    @Test
    void rejectsATooLongCode() {
        String code = "a".repeat(101);
        assertThatIllegalArgumentException().isThrownBy(() -> Category.custom(code, "x"))
                .withMessage("category code \"" + "a".repeat(80) + "… (101 characters)\" has 101 characters; a category code has at most 100");
    }

    @Test
    void definesACustomCategoryWithFlags() {
        Category drone = Category.custom("electronics/drone", "Drone").holdsPersonalData(true).weee(true)
                .serialised(true).build();
        assertThat(drone.holdsPersonalData()).isTrue();
        assertThat(drone.isWeee()).isTrue();
        assertThat(drone.isSerialised()).isTrue();
        assertThat(drone.isVehicle()).isFalse();
        assertThat(drone.isGradable()).isFalse();
        assertThat(drone.name()).isEqualTo("Drone");
        assertThat(drone).isEqualTo(Category.custom("electronics/drone", "Drone").holdsPersonalData(true).weee(true)
                .serialised(true).build());
        assertThat(drone).isNotEqualTo(Category.custom("electronics/drone", "Drone").build());
    }

    @Test
    void aCustomCategoryCannotReuseABuiltInCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Category.custom("electronics/phone", "Phone"))
                .withMessageContaining("category code \"electronics/phone\" is a built-in category");
    }

    @Test
    void rejectsABlankOrUntrimmedName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Category.custom("x", " "))
                .withMessage("category name \" \" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> Category.custom("x", "Drone "))
                .withMessageContaining("category name \"Drone \" has leading or trailing whitespace");
        assertThatIllegalArgumentException().isThrownBy(() -> Category.custom("x", "n".repeat(101)))
                .withMessageContaining("has 101 characters; at most 100 are allowed");
    }

    @Test
    void theHierarchyFollowsTheCode() {
        assertThat(Category.PHONE.parentCode()).contains("electronics");
        assertThat(Category.BOOK.parentCode()).isEmpty();
        assertThat(Category.PHONE.isWithin("electronics")).isTrue();
        assertThat(Category.PHONE.isWithin(Category.PHONE)).isTrue();
        assertThat(Category.PHONE.isWithin(Category.TABLET)).isFalse();
        Category foldable = Category.custom("electronics/phone/foldable", "Foldable phone").build();
        assertThat(foldable.isWithin(Category.PHONE)).isTrue();
        assertThat(foldable.parentCode()).contains("electronics/phone");
        // a shared prefix is not a parent
        assertThat(Category.custom("electronics/phones", "Phones").build().isWithin(Category.PHONE)).isFalse();
    }
    @Test
    void acceptsACodeAndANameOfExactlyTheMaximumLength() {
        String code = "a".repeat(Category.MAX_CODE_LENGTH);
        String name = "n".repeat(Category.MAX_NAME_LENGTH);
        Category longest = Category.custom(code, name).build();
        assertThat(longest.code()).isEqualTo(code);
        assertThat(longest.name()).isEqualTo(name);
    }

    @Test
    void refusesToCompareWithAMalformedAncestorCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Category.PHONE.isWithin("Electronics"))
                .withMessageStartingWith("category code \"Electronics\" is malformed;");
    }

    @Test
    void customCategoriesDifferingInTheirCodeNameOrAnyFlagAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                Category.custom("electronics/drone", "Drone").build(),
                Category.custom("electronics/drone", "Drone").build(),
                List.of(Category.custom("electronics/drones", "Drone").build(),
                        Category.custom("electronics/drone", "Drones").build(),
                        Category.custom("electronics/drone", "Drone").holdsPersonalData(true).build(),
                        Category.custom("electronics/drone", "Drone").weee(true).build(),
                        Category.custom("electronics/drone", "Drone").vehicle(true).build(),
                        Category.custom("electronics/drone", "Drone").serialised(true).build(),
                        Category.custom("electronics/drone", "Drone").gradable(true).build()));
    }

    @Test
    void theBuilderSetsTheVehicleAndGradableFlags() {
        Category kart = Category.custom("vehicle/kart", "Kart").vehicle(true).gradable(true).build();
        assertThat(kart.isVehicle()).isTrue();
        assertThat(kart.isGradable()).isTrue();
        assertThat(kart.holdsPersonalData()).isFalse();
        assertThat(kart.isWeee()).isFalse();
        assertThat(kart.isSerialised()).isFalse();
    }

    /** The code grammar as a regular expression: an oracle independent of {@code Category.wellFormed}'s loop. */
    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    @Test
    void wellFormedAgreesWithTheGrammarOnEveryShortStringOfItsAlphabetAndBeyond() {
        String alphabet = "az09-/A_ .";
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    picks.forEach(p -> b.append(alphabet.charAt(p)));
                    String code = b.toString();
                    assertThat(Category.wellFormed(code)).as(code).isEqualTo(GRAMMAR.matcher(code).matches());
                });
    }

    @Test
    void isWithinMatchesWholeSegmentsOnly() {
        assertThat(Category.PHONE.isWithin("electronics/phone")).isTrue();
        assertThat(Category.PHONE.isWithin("electronics/ph")).isFalse();
        assertThat(Category.PHONE.isWithin("electronic")).isFalse();
        assertThat(Category.PASSENGER_CAR.isWithin("vehicle/passenger")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Category.PHONE.isWithin("electronics/"))
                .withMessageContaining("malformed");
    }
}
