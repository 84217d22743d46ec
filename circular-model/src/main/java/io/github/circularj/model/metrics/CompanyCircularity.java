package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Material Circularity Indicator of a company, the normalised mean of its products' indicators
 * (Ellen MacArthur Foundation &amp; Granta, <i>Circularity Indicators</i>, Methodology, 2015, company
 * level):
 * <pre>
 * MCI_company = Σ MCI_i · S_i / Σ S_i
 * </pre>
 * over the company's products (or product lines) {@code i}, with {@code MCI_i} the product's
 * {@link MaterialCircularity#mci()} and {@code S_i} its normaliser: the revenue of the product line
 * ({@link #byRevenue()}, the method's default, in any one currency) or its mass
 * ({@link #byMass()}, for example units sold times product mass).
 *
 * <p>With no products, or when every {@code S_i} is 0, the indicator is undefined and
 * {@link #mci()} is empty. The sums are exact decimals and independent of the order of the products.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompanyCircularity {

    /** What the normaliser {@code S_i} measures. */
    public enum Normaliser {
        /** {@code S_i} is the revenue of the product line, all in one currency. */
        REVENUE,
        /** {@code S_i} is the mass of the product line, in kilograms. */
        MASS
    }

    private final Normaliser normaliser;
    private final int productCount;
    private final BigDecimal totalNormaliser;
    private final OptionalDouble mci;

    private CompanyCircularity(Normaliser normaliser, List<MaterialCircularity> products, List<BigDecimal> weights) {
        this.normaliser = normaliser;
        this.productCount = products.size();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < products.size(); i++) {
            weighted = weighted.add(BigDecimal.valueOf(products.get(i).mci()).multiply(weights.get(i)));
            total = total.add(weights.get(i));
        }
        this.totalNormaliser = total;
        this.mci = total.signum() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(weighted.divide(total, Decimals.MC).doubleValue());
    }

    /**
     * Starts a company indicator normalised by revenue (the method's default).
     *
     * @return a new builder
     */
    public static RevenueBuilder byRevenue() {
        return new RevenueBuilder();
    }

    /**
     * Starts a company indicator normalised by mass.
     *
     * @return a new builder
     */
    public static MassBuilder byMass() {
        return new MassBuilder();
    }

    /**
     * Returns {@code MCI_company = Σ MCI_i · S_i / Σ S_i}.
     *
     * @return the company indicator in [0, 1], or empty when there are no products or {@code Σ S_i = 0}
     */
    public OptionalDouble mci() {
        return mci;
    }

    /**
     * Returns what the normaliser {@code S_i} measures.
     *
     * @return the normaliser kind, never null
     */
    public Normaliser normaliser() {
        return normaliser;
    }

    /**
     * Returns the number of products aggregated.
     *
     * @return the count, 0 or more
     */
    public int productCount() {
        return productCount;
    }

    /**
     * Returns {@code Σ S_i}: the total revenue, or the total mass in kilograms.
     *
     * @return the sum of the normalisers, 0 or more
     */
    public BigDecimal totalNormaliser() {
        return totalNormaliser;
    }

    /**
     * Prints the company indicator, for example {@code CompanyCircularity[MCI=0.4, by REVENUE, 3 products]}.
     *
     * @return the indicator as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CompanyCircularity[MCI=%s, by %s, %d products]",
                mci.isPresent() ? Double.toString(mci.getAsDouble()) : "undefined", normaliser, productCount);
    }

    /**
     * Collects products with their revenues.
     *
     * <p>A builder is not thread-safe; what it builds is.
     */
    public static final class RevenueBuilder {
        private final List<MaterialCircularity> products = new ArrayList<>();
        private final List<BigDecimal> revenues = new ArrayList<>();

        private RevenueBuilder() {
        }

        /**
         * Adds a product with the revenue {@code S_i} of its product line.
         *
         * @param product the product's indicator, not null
         * @param revenue the revenue, 0 or more, in the same currency for every product; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code revenue} is negative
         */
        public RevenueBuilder add(MaterialCircularity product, BigDecimal revenue) {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(revenue, "revenue");
            if (revenue.signum() < 0) {
                throw new IllegalArgumentException("S_i \"" + revenue.toPlainString()
                        + "\" is negative; a revenue normaliser must be 0 or more");
            }
            products.add(product);
            revenues.add(revenue);
            return this;
        }

        /**
         * Adds a product with the revenue {@code S_i} of its product line.
         *
         * @param product the product's indicator, not null
         * @param revenue the revenue, finite, 0 or more, in the same currency for every product
         * @return this builder
         * @throws IllegalArgumentException if {@code revenue} is negative, NaN or infinite
         */
        public RevenueBuilder add(MaterialCircularity product, double revenue) {
            return add(product, Decimals.decimal("S_i", revenue));
        }

        /**
         * Builds the company indicator.
         *
         * @return the company indicator
         */
        public CompanyCircularity build() {
            return new CompanyCircularity(Normaliser.REVENUE, products, revenues);
        }
    }

    /**
     * Collects products with their masses.
     *
     * <p>A builder is not thread-safe; what it builds is.
     */
    public static final class MassBuilder {
        private final List<MaterialCircularity> products = new ArrayList<>();
        private final List<BigDecimal> masses = new ArrayList<>();

        private MassBuilder() {
        }

        /**
         * Adds a product with the mass {@code S_i} of its product line.
         *
         * @param product the product's indicator, not null
         * @param mass the mass of the product line (for example units sold times product mass), not null
         * @return this builder
         */
        public MassBuilder add(MaterialCircularity product, Mass mass) {
            Objects.requireNonNull(product, "product");
            products.add(product);
            masses.add(Decimals.kilograms(Objects.requireNonNull(mass, "mass")));
            return this;
        }

        /**
         * Adds a product normalised by its own summed mass {@code M} (one unit per product).
         *
         * @param product the product's indicator, not null
         * @return this builder
         */
        public MassBuilder add(MaterialCircularity product) {
            return add(product, product.mass());
        }

        /**
         * Builds the company indicator.
         *
         * @return the company indicator
         */
        public CompanyCircularity build() {
            return new CompanyCircularity(Normaliser.MASS, products, masses);
        }
    }
}
