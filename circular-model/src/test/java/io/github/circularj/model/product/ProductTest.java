package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Mass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Product PHONE = Product.of("Acme", "X1", Category.PHONE);

    @Test
    void aMinimalProductHasNoCompositionLifetimeOrIntensity() {
        assertThat(PHONE.composition()).isEmpty();
        assertThat(PHONE.designLifetimeYears()).isEmpty();
        assertThat(PHONE.useIntensity()).isEmpty();
        assertThat(PHONE).hasToString("Acme X1 (electronics/phone)");
    }

    @Test
    void buildsAProductWithEverything() {
        MaterialComposition c = MaterialComposition.of(Material.technical("aluminium"), Mass.ofGrams(180));
        Product p = Product.builder("Acme", "X1", Category.PHONE).composition(c).designLifetimeYears(4)
                .useIntensity(1.5).build();
        assertThat(p.composition()).contains(c);
        assertThat(p.designLifetimeYears()).hasValue(4.0);
        assertThat(p.useIntensity()).hasValue(1.5);
        assertThat(p).isNotEqualTo(PHONE);
    }

    @Test
    void rejectsABlankBrand() {
        assertThatIllegalArgumentException().isThrownBy(() -> Product.of(" ", "X1", Category.PHONE))
                .withMessage("brand \" \" is blank; it needs at least one visible character");
    }

    @Test
    void rejectsAnUntrimmedOrTooLongModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> Product.of("Acme", "X1 ", Category.PHONE))
                .withMessage("model \"X1 \" has leading or trailing whitespace; text is taken as given and never trimmed");
        assertThatIllegalArgumentException().isThrownBy(() -> Product.of("Acme", "m".repeat(201), Category.PHONE))
                .withMessageContaining("has 201 characters; at most 200 are allowed");
    }

    @Test
    void rejectsANonPositiveLifetimeOrIntensity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.builder("Acme", "X1", Category.PHONE).designLifetimeYears(0))
                .withMessage("designLifetimeYears \"0.0\" is not positive; it must be greater than 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.builder("Acme", "X1", Category.PHONE).useIntensity(Double.NaN))
                .withMessageContaining("useIntensity \"NaN\" is not a finite number; it must be finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.builder("Acme", "X1", Category.PHONE).designLifetimeYears(Double.POSITIVE_INFINITY))
                .withMessageContaining("\"Infinity\"");
    }

    @Test
    void anItemKeepsItsIdentifiersInOrderAndFindsThemByKind() {
        Imei imei = Imei.parse("490154203237518");
        SerialNumber serial = SerialNumber.parse("SN-1");
        Item item = Item.of(ItemId.of("HZ-1"), PHONE, List.of(serial, imei));
        assertThat(item.identifiers()).containsExactly(serial, imei).isUnmodifiable();
        assertThat(item.imei()).contains(imei);
        assertThat(item.vin()).isEmpty();
        assertThat(item.category()).isEqualTo(Category.PHONE);
        assertThat(item.manufactureDate()).isEmpty();
        assertThat(item).hasToString("HZ-1 Acme X1 (electronics/phone) [SN-1, 490154203237518]");
    }

    @Test
    void anItemMayCarryAManufactureDate() {
        Item item = Item.of(ItemId.of("C-1"), Product.of("Acme", "Sedan", Category.PASSENGER_CAR),
                List.of(Vin.parse("1M8GDM9AXKP042788"))).withManufactureDate(LocalDate.of(2019, 5, 1));
        assertThat(item.manufactureDate()).contains(LocalDate.of(2019, 5, 1));
        assertThat(item.vin()).map(Vin::value).contains("1M8GDM9AXKP042788");
    }

    @Test
    void anItemRejectsADuplicateIdentifierInAListOfAnyLength() {
        // up to 8 identifiers are compared pairwise, more go through a set: the same refusal either way
        for (int n = 2; n <= 12; n++) {
            List<Identifier> distinct = new java.util.ArrayList<>();
            for (int k = 0; k < n; k++) {
                distinct.add(SerialNumber.parse("SN-" + k));
            }
            assertThat(Item.of(ItemId.of("HZ-1"), PHONE, distinct).identifiers()).hasSize(n);
            for (int dup = 0; dup < n; dup++) {
                List<Identifier> twice = new java.util.ArrayList<>(distinct);
                twice.add(SerialNumber.parse("SN-" + dup));
                assertThatIllegalArgumentException().isThrownBy(() -> Item.of(ItemId.of("HZ-1"), PHONE, twice))
                        .withMessage("identifier \"SN-" + dup + "\" of item \"HZ-1\" appears twice; an item lists"
                                + " each identifier once");
            }
        }
    }

    @Test
    void itemsAreEqualOnlyWhenEveryFieldIs() {
        Item item = Item.of(ItemId.of("HZ-1"), PHONE, List.of(SerialNumber.parse("SN-1")));
        Item same = Item.of(ItemId.of("HZ-1"), PHONE, List.of(SerialNumber.parse("SN-1")));
        assertThat(item).isEqualTo(same).hasSameHashCodeAs(same);
        List<Item> others = List.of(
                Item.of(ItemId.of("HZ-2"), PHONE, List.of(SerialNumber.parse("SN-1"))),
                Item.of(ItemId.of("HZ-1"), Product.of("Acme", "X2", Category.PHONE), List.of(SerialNumber.parse("SN-1"))),
                Item.of(ItemId.of("HZ-1"), PHONE, List.of(SerialNumber.parse("SN-2"))),
                item.withManufactureDate(LocalDate.of(2020, 1, 1)));
        for (Item other : others) {
            assertThat(item).isNotEqualTo(other);
            assertThat(item.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
    }

    @Test
    void anItemRejectsADuplicateIdentifier() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Item.of(ItemId.of("HZ-1"), PHONE,
                        List.of(Imei.parse("490154203237518"), Imei.parse("490154203237518"))))
                .withMessage("identifier \"490154203237518\" of item \"HZ-1\" appears twice; an item lists each identifier once");
    }
    @Test
    void exposesItsBrandAndModelAndAcceptsTheMaximumLength() {
        String longest = "m".repeat(Product.MAX_TEXT_LENGTH);
        Product p = Product.of("Acme", longest, Category.PHONE);
        assertThat(p.brand()).isEqualTo("Acme");
        assertThat(p.model()).isEqualTo(longest);
    }

    @Test
    void productsDifferingInAnyOneAttributeAreNotEqual() {
        MaterialComposition aluminium = MaterialComposition.of(Material.technical("aluminium"), Mass.ofGrams(180));
        io.github.circularj.model.ValueContract.assertValueSemantics(
                Product.builder("Acme", "X1", Category.PHONE).composition(aluminium).designLifetimeYears(4)
                        .useIntensity(1.5).build(),
                Product.builder("Acme", "X1", Category.PHONE).composition(aluminium).designLifetimeYears(4)
                        .useIntensity(1.5).build(),
                List.of(Product.builder("Acne", "X1", Category.PHONE).composition(aluminium).designLifetimeYears(4)
                                .useIntensity(1.5).build(),
                        Product.builder("Acme", "X2", Category.PHONE).composition(aluminium).designLifetimeYears(4)
                                .useIntensity(1.5).build(),
                        Product.builder("Acme", "X1", Category.TABLET).composition(aluminium).designLifetimeYears(4)
                                .useIntensity(1.5).build(),
                        Product.builder("Acme", "X1", Category.PHONE)
                                .composition(MaterialComposition.of(Material.technical("aluminium"), Mass.ofGrams(181)))
                                .designLifetimeYears(4).useIntensity(1.5).build(),
                        Product.builder("Acme", "X1", Category.PHONE).composition(aluminium).designLifetimeYears(5)
                                .useIntensity(1.5).build(),
                        Product.builder("Acme", "X1", Category.PHONE).composition(aluminium).designLifetimeYears(4)
                                .useIntensity(2).build()));
    }
}
