package io.github.circularj.model.product;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One physical unit of a {@link Product}, known by its {@link ItemId} and the {@link Identifier}s on it.
 *
 * <p>The identifiers keep the order given, with no identifier twice. An item of a serialised category
 * may still be recorded without identifiers (rules measure that gap rather than the model refusing
 * it). The manufacture date is optional.
 *
 * <p>Two items are equal when all their fields are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Item {

    private final ItemId id;
    private final Product product;
    private final List<Identifier> identifiers;
    private final Optional<LocalDate> manufactureDate;

    private Item(ItemId id, Product product, List<Identifier> identifiers, Optional<LocalDate> manufactureDate) {
        this.id = id;
        this.product = product;
        this.identifiers = identifiers;
        this.manufactureDate = manufactureDate;
    }

    /**
     * Obtains an item.
     *
     * @param id the item id, not null
     * @param product the product, not null
     * @param identifiers the identifiers, not null, no nulls, no identifier twice; copied
     * @return the item, without a manufacture date
     * @throws IllegalArgumentException if an identifier appears twice
     */
    public static Item of(ItemId id, Product product, List<Identifier> identifiers) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        List<Identifier> copy = List.copyOf(Objects.requireNonNull(identifiers, "identifiers"));
        // most items have one or two identifiers: compared pairwise; a longer list through a set
        Set<Identifier> seen = copy.size() > 8 ? new HashSet<>() : null;
        for (int k = 0; k < copy.size(); k++) {
            Identifier i = copy.get(k);
            if (seen != null ? !seen.add(i) : copy.subList(0, k).contains(i)) {
                throw new IllegalArgumentException("identifier \"" + i + "\" of item \"" + id
                        + "\" appears twice; an item lists each identifier once");
            }
        }
        return new Item(id, product, copy, Optional.empty());
    }

    /**
     * Obtains an item with no identifiers.
     *
     * @param id the item id, not null
     * @param product the product, not null
     * @return the item
     */
    public static Item of(ItemId id, Product product) {
        return of(id, product, List.of());
    }

    /**
     * Returns a copy of this item with a manufacture date.
     *
     * @param date the date the item was made, not null
     * @return the copy
     */
    public Item withManufactureDate(LocalDate date) {
        return new Item(id, product, identifiers, Optional.of(Objects.requireNonNull(date, "manufactureDate")));
    }

    /**
     * Returns the item id.
     *
     * @return the id, not null
     */
    public ItemId id() {
        return id;
    }

    /**
     * Returns the product.
     *
     * @return the product, not null
     */
    public Product product() {
        return product;
    }

    /**
     * Returns the product's category.
     *
     * @return the category, not null
     */
    public Category category() {
        return product.category();
    }

    /**
     * Returns the identifiers, in the order given.
     *
     * @return the identifiers, unmodifiable, possibly empty
     */
    public List<Identifier> identifiers() {
        return identifiers;
    }

    /**
     * Returns the first IMEI among the identifiers.
     *
     * @return the IMEI, or empty
     */
    public Optional<Imei> imei() {
        for (Identifier i : identifiers) {
            if (i instanceof Imei imei) {
                return Optional.of(imei);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the first VIN among the identifiers.
     *
     * @return the VIN, or empty
     */
    public Optional<Vin> vin() {
        for (Identifier i : identifiers) {
            if (i instanceof Vin vin) {
                return Optional.of(vin);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the manufacture date, if known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> manufactureDate() {
        return manufactureDate;
    }

    /**
     * Checks whether another object is an item with equal fields.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Item other && id.equals(other.id) && product.equals(other.product)
                && identifiers.equals(other.identifiers) && manufactureDate.equals(other.manufactureDate);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, product, identifiers, manufactureDate);
    }

    /**
     * Prints the id, product and identifiers, for example {@code HZ-1 Acme X1 (electronics/phone) [490154203237518]}.
     *
     * @return the item as text, not null
     */
    @Override
    public String toString() {
        return id + " " + product + " " + identifiers;
    }
}
