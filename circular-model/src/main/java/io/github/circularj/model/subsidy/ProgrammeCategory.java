package io.github.circularj.model.subsidy;

import io.github.circularj.model.product.Category;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The product categories of the 2025 consumer-goods trade-in programme: 3 digital products and 12 appliances,
 * each under its {@link SubsidyProgramme}. A claim is filed under one of them.
 *
 * <p>The model's built-in {@link Category}s are coarser than the programme's (one
 * {@link Category#LARGE_APPLIANCE} for refrigerators, washing machines, air conditioners and water heaters), so
 * each programme category names the item categories a claim under it may be for ({@link #fits(Category)}): the
 * built-in category that holds it, and the finer user category {@code appliance/<code>} (for example
 * {@code appliance/dishwasher}) for a ledger that defines one. This mapping is this library's reading; which
 * categories a province subsidises is its product list, a parameter of the rule pack.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ProgrammeCategory {

    /** Mobile phones (手机). */
    PHONE("phone", "手机", SubsidyProgramme.DIGITAL_PURCHASE, "electronics/phone"),
    /** Tablets (平板). */
    TABLET("tablet", "平板", SubsidyProgramme.DIGITAL_PURCHASE, "electronics/tablet"),
    /** Smart watches and bands (智能手表（手环）). */
    SMART_WATCH("smart-watch", "智能手表（手环）", SubsidyProgramme.DIGITAL_PURCHASE, "electronics/wearable"),
    /** Refrigerators (电冰箱). */
    REFRIGERATOR("refrigerator", "电冰箱", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/large"),
    /** Washing machines (洗衣机). */
    WASHING_MACHINE("washing-machine", "洗衣机", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/large"),
    /** Televisions (电视机). */
    TELEVISION("television", "电视机", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/television"),
    /** Air conditioners (空调); a person may claim for more than one. */
    AIR_CONDITIONER("air-conditioner", "空调", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/large"),
    /** Computers (电脑): desktops and laptops; tablets are digital products. */
    COMPUTER("computer", "电脑", SubsidyProgramme.APPLIANCE_TRADE_IN, "electronics/laptop", "electronics/desktop"),
    /** Water heaters (热水器). */
    WATER_HEATER("water-heater", "热水器", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/large"),
    /** Household cookers (家用灶具). */
    HOUSEHOLD_COOKER("household-cooker", "家用灶具", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/small"),
    /** Range hoods (吸油烟机). */
    RANGE_HOOD("range-hood", "吸油烟机", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/range-hood"),
    /** Water purifiers (净水器). */
    WATER_PURIFIER("water-purifier", "净水器", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/small"),
    /** Dishwashers (洗碗机). */
    DISHWASHER("dishwasher", "洗碗机", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/small"),
    /** Rice cookers (电饭煲). */
    RICE_COOKER("rice-cooker", "电饭煲", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/small"),
    /** Microwave ovens (微波炉). */
    MICROWAVE_OVEN("microwave-oven", "微波炉", SubsidyProgramme.APPLIANCE_TRADE_IN, "appliance/small");

    private final String code;
    private final String chineseName;
    private final SubsidyProgramme programme;
    private final List<String> itemCategories;

    ProgrammeCategory(String code, String chineseName, SubsidyProgramme programme, String... itemCategories) {
        this.code = code;
        this.chineseName = chineseName;
        this.programme = programme;
        this.itemCategories = List.of(itemCategories);
    }

    /**
     * Finds a programme category by its code.
     *
     * @param code the code, not null, e.g. {@code "air-conditioner"}
     * @return the category, or empty if no programme category has that code
     */
    public static Optional<ProgrammeCategory> ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ProgrammeCategory c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the code: lower-case words joined by hyphens, e.g. {@code "air-conditioner"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name as the programme writes it, e.g. {@code "空调"}.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the instrument the category is subsidised under.
     *
     * @return the programme
     */
    public SubsidyProgramme programme() {
        return programme;
    }

    /**
     * Returns whether the category is a digital product of the purchase subsidy.
     *
     * @return true for phones, tablets and smart watches
     */
    public boolean isDigital() {
        return programme == SubsidyProgramme.DIGITAL_PURCHASE;
    }

    /**
     * Returns the codes of the built-in item categories a claim under this category may be for.
     *
     * @return the codes, unmodifiable, not empty
     */
    public List<String> itemCategories() {
        return itemCategories;
    }

    /**
     * Returns whether an item of a category may be claimed for under this programme category: its category is
     * within one of {@link #itemCategories()}, or within {@code appliance/<code>} (a user category finer than the
     * built-ins, e.g. {@code appliance/dishwasher}).
     *
     * @param category the item's category, not null
     * @return true if it fits
     */
    public boolean fits(Category category) {
        Objects.requireNonNull(category, "category");
        if (category.isWithin("appliance/" + code)) {
            return true;
        }
        for (String c : itemCategories) {
            if (category.isWithin(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the code.
     *
     * @return the code, e.g. {@code "air-conditioner"}
     */
    @Override
    public String toString() {
        return code;
    }
}
