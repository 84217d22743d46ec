package io.github.circularj.model.product;

import io.github.circularj.model.internal.Text;
import io.github.circularj.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product category with a hierarchical code such as {@code electronics/phone}, a display name, and
 * the flags that rules read.
 *
 * <p>The code is one or more segments separated by {@code /}; each segment is lower-case ASCII letters
 * and digits, optionally joined by single hyphens ({@code vehicle/passenger-car}); at most
 * {@value #MAX_CODE_LENGTH} characters. The hierarchy is the code's: {@code electronics/phone} is
 * within {@code electronics}.
 *
 * <p>The flags:
 * <ul>
 *   <li>{@link #holdsPersonalData()}: items may hold a user's data and must be erased before resale or
 *       export: phones, tablets, computers, wearables and office equipment (rule DATA-ERASURE; national
 *       standard 数据安全技术 电子产品信息清除技术要求, reported as GB 46864-2025).</li>
 *   <li>{@link #isWeee()}: the products of the catalogue under 废弃电器电子产品回收处理管理条例 (Art. 2, 3),
 *       废弃电器电子产品处理目录, 2014 edition, exactly its 14 products: refrigerators, air conditioners,
 *       range hoods, washing machines, electric water heaters, gas water heaters, printers, copiers, fax
 *       machines, televisions, monitors, microcomputers (desktops, laptops and tablets), mobile phones and
 *       fixed telephones. Microwave ovens, vacuum cleaners, other small appliances and wearables are
 *       <em>not</em> on it and are not flagged; define a custom category if a later catalogue adds one.</li>
 *   <li>{@link #isVehicle()}: motor vehicles, whose scrapping falls under 报废机动车回收管理办法.</li>
 *   <li>{@link #isSerialised()}: each unit carries an identifier (an IMEI or serial number for
 *       electronics, a VIN for vehicles, a serial plate for machinery), so per-item provenance can be
 *       demanded (rule SRC-PROVENANCE).</li>
 *   <li>{@link #isGradable()}: a published condition-grading standard exists: GB/T 45656-2025 for used
 *       electronics, T/TAF 173-2023 for phones and GB/T 30323 for used cars (rule DISC-CONDITION).</li>
 * </ul>
 *
 * <p>Use a built-in constant, find one by code with {@link #of(String)}, or define your own with
 * {@link #custom(String, String)}. Two categories are equal when code, name and all flags are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Category {

    /** The longest code accepted, in characters. */
    public static final int MAX_CODE_LENGTH = 100;

    /** The longest display name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    /** Mobile phones: personal data, WEEE, serialised (IMEI), gradable. */
    public static final Category PHONE = builtIn("electronics/phone", "Mobile phone", true, true, false, true, true);

    /** Tablet computers: personal data, WEEE (portable computers), serialised, gradable. */
    public static final Category TABLET = builtIn("electronics/tablet", "Tablet", true, true, false, true, true);

    /** Laptop computers: personal data, WEEE, serialised, gradable. */
    public static final Category LAPTOP = builtIn("electronics/laptop", "Laptop computer", true, true, false, true, true);

    /** Desktop computers and monitors: personal data, WEEE, serialised, gradable. */
    public static final Category DESKTOP = builtIn("electronics/desktop", "Desktop computer", true, true, false, true, true);

    /**
     * Smart watches, bands and other wearables: personal data, serialised, gradable; not WEEE (not on
     * the catalogue).
     */
    public static final Category WEARABLE = builtIn("electronics/wearable", "Wearable device", true, false, false, true, true);

    /**
     * Printers, copiers, fax machines and similar: personal data (stored documents), WEEE, serialised;
     * no grading standard.
     */
    public static final Category OFFICE_EQUIPMENT =
            builtIn("electronics/office-equipment", "Office equipment", true, true, false, true, false);

    /** Television sets: WEEE. */
    public static final Category TELEVISION = builtIn("appliance/television", "Television set", false, true, false, false, false);

    /**
     * Large household appliances on the WEEE catalogue (refrigerators, washing machines, air conditioners,
     * electric and gas water heaters): WEEE.
     */
    public static final Category LARGE_APPLIANCE = builtIn("appliance/large", "Large household appliance", false, true, false, false, false);

    /** Range hoods: WEEE (on the 2014 catalogue). */
    public static final Category RANGE_HOOD = builtIn("appliance/range-hood", "Range hood", false, true, false, false, false);

    /**
     * Small household appliances (microwave ovens, vacuum cleaners, rice cookers, kettles): not WEEE, for they
     * are not on the 2014 catalogue.
     */
    public static final Category SMALL_APPLIANCE = builtIn("appliance/small", "Small household appliance", false, false, false, false, false);

    /** Fixed telephones: WEEE (on the 2014 catalogue), serialised. */
    public static final Category FIXED_TELEPHONE =
            builtIn("electronics/fixed-telephone", "Fixed telephone", false, true, false, true, false);

    /** Passenger cars: vehicle, serialised (VIN), gradable. */
    public static final Category PASSENGER_CAR = builtIn("vehicle/passenger-car", "Passenger car", false, false, true, true, true);

    /** Commercial vehicles (trucks, buses, vans): vehicle, serialised (VIN), gradable. */
    public static final Category COMMERCIAL_VEHICLE =
            builtIn("vehicle/commercial", "Commercial vehicle", false, false, true, true, true);

    /** Furniture: no flags. */
    public static final Category FURNITURE = builtIn("furniture", "Furniture", false, false, false, false, false);

    /** Clothing and shoes: no flags. */
    public static final Category APPAREL = builtIn("apparel", "Apparel", false, false, false, false, false);

    /** Luxury goods (bags, watches, jewellery): no flags. */
    public static final Category LUXURY = builtIn("luxury", "Luxury goods", false, false, false, false, false);

    /** Books: no flags. */
    public static final Category BOOK = builtIn("book", "Book", false, false, false, false, false);

    /** Machinery and equipment: serialised. */
    public static final Category MACHINERY = builtIn("machinery", "Machinery", false, false, false, true, false);

    private static final List<Category> BUILT_INS = List.of(PHONE, TABLET, LAPTOP, DESKTOP, WEARABLE, OFFICE_EQUIPMENT,
            TELEVISION, LARGE_APPLIANCE, RANGE_HOOD, SMALL_APPLIANCE, FIXED_TELEPHONE, PASSENGER_CAR, COMMERCIAL_VEHICLE, FURNITURE, APPAREL, LUXURY,
            BOOK, MACHINERY);

    private final String code;
    private final String name;
    private final boolean personalData;
    private final boolean weee;
    private final boolean vehicle;
    private final boolean serialised;
    private final boolean gradable;

    private Category(String code, String name, boolean personalData, boolean weee, boolean vehicle, boolean serialised,
            boolean gradable) {
        this.code = code;
        this.name = name;
        this.personalData = personalData;
        this.weee = weee;
        this.vehicle = vehicle;
        this.serialised = serialised;
        this.gradable = gradable;
    }

    private static Category builtIn(String code, String name, boolean personalData, boolean weee, boolean vehicle,
            boolean serialised, boolean gradable) {
        return new Category(code, name, personalData, weee, vehicle, serialised, gradable);
    }

    /**
     * Returns the built-in categories, in a fixed order.
     *
     * @return the built-ins, unmodifiable
     */
    public static List<Category> builtIns() {
        return BUILT_INS;
    }

    /**
     * Finds the built-in category with a code.
     *
     * @param code the code, not null, for example {@code electronics/phone}
     * @return the built-in category
     * @throws IllegalArgumentException if the code is malformed or no built-in category has it
     */
    public static Category of(String code) {
        checkCode(code);
        for (Category c : BUILT_INS) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("category code \"" + Text.quote(code)
                + "\" is not a built-in category; define it with Category.custom(code, name)");
    }

    /**
     * Starts defining a user category; all flags start false.
     *
     * @param code the code, not null, well formed and not a built-in code
     * @param name the display name, not null, not blank, without leading or trailing whitespace
     * @return a builder
     * @throws IllegalArgumentException if the code is malformed or is a built-in code, or the name is
     *     blank, too long or not trimmed
     */
    public static Builder custom(String code, String name) {
        checkCode(code);
        Checks.text("category name", name, MAX_NAME_LENGTH);
        for (Category c : BUILT_INS) {
            if (c.code.equals(code)) {
                throw new IllegalArgumentException("category code \"" + Text.quote(code)
                        + "\" is a built-in category; use the built-in constant or choose another code");
            }
        }
        return new Builder(code, name);
    }

    /**
     * Whether a code is lower-case segments of a-z and 0-9, joined by single hyphens within a segment and by
     * '/' between segments: it starts and ends with a letter or digit, and every '-' or '/' is followed by one.
     * A loop and not a regular expression, because judgements ask {@link #isWithin(String)} for every item.
     */
    static boolean wellFormed(String code) {
        int n = code.length();
        if (n == 0) {
            return false;
        }
        boolean afterSeparator = true; // the first character must be a letter or a digit
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else if ((c == '-' || c == '/') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    private static void checkCode(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("category code \"" + Text.quote(code) + "\" has " + code.length()
                    + " characters; a category code has at most " + MAX_CODE_LENGTH);
        }
        if (!wellFormed(code)) {
            throw new IllegalArgumentException("category code \"" + Text.quote(code)
                    + "\" is malformed; a category code is lower-case segments of a-z and 0-9, joined by single hyphens"
                    + " within a segment and by '/' between segments, e.g. \"vehicle/passenger-car\"");
        }
    }

    /**
     * Returns the hierarchical code.
     *
     * @return the code, not null, for example {@code electronics/phone}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the display name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the code of the parent in the hierarchy: the code without its last segment.
     *
     * @return the parent code, for example {@code electronics} for {@code electronics/phone}, or empty for
     *     a top-level code
     */
    public Optional<String> parentCode() {
        int slash = code.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(code.substring(0, slash));
    }

    /**
     * Returns whether this category's code is another's code or lies below it in the hierarchy.
     *
     * @param ancestor the possible ancestor, not null
     * @return true if this code equals the ancestor's code or starts with it followed by {@code /}
     */
    public boolean isWithin(Category ancestor) {
        return within(ancestor.code);
    }

    /**
     * Returns whether this category's code is a given code or lies below it in the hierarchy, for
     * example whether a category is within {@code electronics}.
     *
     * @param ancestorCode the possible ancestor code, not null and well formed
     * @return true if this code equals {@code ancestorCode} or starts with it followed by {@code /}
     * @throws IllegalArgumentException if {@code ancestorCode} is malformed
     */
    public boolean isWithin(String ancestorCode) {
        checkCode(ancestorCode);
        return within(ancestorCode);
    }

    /** Whether this code is a given well-formed code or lies below it (no string is built: judgements ask it per item). */
    private boolean within(String ancestorCode) {
        int n = ancestorCode.length();
        return code.startsWith(ancestorCode) && (code.length() == n || code.charAt(n) == '/');
    }

    /**
     * Returns whether items of this category may hold personal data that must be erased before resale.
     *
     * @return true for phones, tablets, computers, wearables and office equipment
     */
    public boolean holdsPersonalData() {
        return personalData;
    }

    /**
     * Returns whether this category is a waste electrical and electronic product on the catalogue.
     *
     * @return true if WEEE
     */
    public boolean isWeee() {
        return weee;
    }

    /**
     * Returns whether this category is a motor vehicle.
     *
     * @return true if a vehicle
     */
    public boolean isVehicle() {
        return vehicle;
    }

    /**
     * Returns whether each item of this category carries an identifier (IMEI, VIN or serial number).
     *
     * @return true if serialised
     */
    public boolean isSerialised() {
        return serialised;
    }

    /**
     * Returns whether a condition-grading standard exists for this category.
     *
     * @return true if gradable
     */
    public boolean isGradable() {
        return gradable;
    }

    /**
     * Checks whether another object is a category with the same code, name and flags.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Category other && code.equals(other.code) && name.equals(other.name)
                && personalData == other.personalData && weee == other.weee && vehicle == other.vehicle
                && serialised == other.serialised && gradable == other.gradable;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, name, personalData, weee, vehicle, serialised, gradable);
    }

    /**
     * Prints the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }

    /**
     * Builds a user-defined {@link Category}. Obtain one from {@link Category#custom(String, String)}.
     *
     * <p>A builder is mutable and not thread-safe; the category it builds is immutable.
     */
    public static final class Builder {

        private final String code;
        private final String name;
        private boolean personalData;
        private boolean weee;
        private boolean vehicle;
        private boolean serialised;
        private boolean gradable;

        private Builder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        /**
         * Sets whether items may hold personal data.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder holdsPersonalData(boolean value) {
            this.personalData = value;
            return this;
        }

        /**
         * Sets whether the category is a waste electrical and electronic product.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder weee(boolean value) {
            this.weee = value;
            return this;
        }

        /**
         * Sets whether the category is a motor vehicle.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder vehicle(boolean value) {
            this.vehicle = value;
            return this;
        }

        /**
         * Sets whether each item carries an identifier.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder serialised(boolean value) {
            this.serialised = value;
            return this;
        }

        /**
         * Sets whether a condition-grading standard exists.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder gradable(boolean value) {
            this.gradable = value;
            return this;
        }

        /**
         * Builds the category.
         *
         * @return the category
         */
        public Category build() {
            return new Category(code, name, personalData, weee, vehicle, serialised, gradable);
        }
    }
}
