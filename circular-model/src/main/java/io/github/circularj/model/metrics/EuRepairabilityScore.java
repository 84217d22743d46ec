package io.github.circularj.model.metrics;

import io.github.circularj.model.internal.Checks;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The repairability score and class of a smartphone or slate tablet under Commission Delegated
 * Regulation (EU) 2023/1669 (energy labelling of smartphones and slate tablets), Annex IV.
 *
 * <pre>
 * R = 0.25 · S_disassembly + 0.15 · (S_fasteners + S_tools + S_spare_parts + S_software_updates
 *                                    + S_repair_information)
 * </pre>
 * with each parameter score {@code S} in [1, 5]:
 * <ul>
 *   <li>{@code S_disassembly}: disassembly depth (see {@link #disassemblyDepthPoints(int)});</li>
 *   <li>{@code S_fasteners}: type of fasteners;</li>
 *   <li>{@code S_tools}: tools needed;</li>
 *   <li>{@code S_spare_parts}: availability of spare parts;</li>
 *   <li>{@code S_software_updates}: duration of software updates;</li>
 *   <li>{@code S_repair_information}: availability of repair information.</li>
 * </ul>
 * The part-specific parameters are weighted over the priority parts, see
 * {@link #partWeighted(Map)} and {@link SmartphonePriorityPart}.
 *
 * <p>Repairability class ({@link RepairabilityClass}), lower bounds inclusive: A if {@code R ≥ 4.00},
 * B if {@code R ≥ 3.35}, C if {@code R ≥ 2.55}, D if {@code R ≥ 1.75}, else E. The score is computed
 * and compared in exact decimals, so {@code R = 3.35} is class B. Doubles are converted with
 * {@link BigDecimal#valueOf(double)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EuRepairabilityScore {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal DISASSEMBLY_WEIGHT = new BigDecimal("0.25");
    private static final BigDecimal OTHER_WEIGHT = new BigDecimal("0.15");

    /** The repairability class on the label, from A (best) to E. */
    public enum RepairabilityClass {
        /** {@code R ≥ 4.00}. */
        A("4.00"),
        /** {@code 3.35 ≤ R < 4.00}. */
        B("3.35"),
        /** {@code 2.55 ≤ R < 3.35}. */
        C("2.55"),
        /** {@code 1.75 ≤ R < 2.55}. */
        D("1.75"),
        /** {@code R < 1.75}. */
        E("1");

        private final BigDecimal lowerBound;

        RepairabilityClass(String lowerBound) {
            this.lowerBound = new BigDecimal(lowerBound);
        }

        /**
         * Returns the inclusive lower bound of the class.
         *
         * @return the lowest score in this class (1 for E, the lowest possible score)
         */
        public BigDecimal lowerBound() {
            return lowerBound;
        }

        /**
         * Returns the class of a score.
         *
         * @param score the score {@code R}, in [1, 5], not null
         * @return the class, never null
         * @throws IllegalArgumentException if {@code score} is outside [1, 5]
         */
        public static RepairabilityClass of(BigDecimal score) {
            Checks.within("R", Objects.requireNonNull(score, "score"), ONE, FIVE);
            for (RepairabilityClass c : values()) {
                if (score.compareTo(c.lowerBound) >= 0) {
                    return c;
                }
            }
            return E;
        }
    }

    /**
     * The priority parts of a smartphone and their weights in a part-specific parameter score
     * (Delegated Regulation (EU) 2023/1669, Annex IV). The weights add up to 1.
     */
    public enum SmartphonePriorityPart {
        /** The battery, weight 0.3. */
        BATTERY("0.3"),
        /** The display, weight 0.3. */
        DISPLAY("0.3"),
        /** The back cover, weight 0.1. */
        BACK_COVER("0.1"),
        /** The front camera, weight 0.05. */
        FRONT_CAMERA("0.05"),
        /** The rear camera, weight 0.05. */
        REAR_CAMERA("0.05"),
        /** The charging port, weight 0.05. */
        CHARGING_PORT("0.05"),
        /** The mechanical buttons, weight 0.05. */
        MECHANICAL_BUTTONS("0.05"),
        /** The microphone, weight 0.05. */
        MICROPHONE("0.05"),
        /** The speaker, weight 0.05. */
        SPEAKER("0.05");

        private final BigDecimal weight;

        SmartphonePriorityPart(String weight) {
            this.weight = new BigDecimal(weight);
        }

        /**
         * Returns the weight of this part in a part-specific parameter score.
         *
         * @return the weight, exact
         */
        public BigDecimal weight() {
            return weight;
        }
    }

    private final BigDecimal disassembly;
    private final BigDecimal fasteners;
    private final BigDecimal tools;
    private final BigDecimal spareParts;
    private final BigDecimal softwareUpdates;
    private final BigDecimal repairInformation;
    private final BigDecimal value;

    private EuRepairabilityScore(BigDecimal disassembly, BigDecimal fasteners, BigDecimal tools, BigDecimal spareParts,
            BigDecimal softwareUpdates, BigDecimal repairInformation) {
        this.disassembly = parameter("S_disassembly", disassembly);
        this.fasteners = parameter("S_fasteners", fasteners);
        this.tools = parameter("S_tools", tools);
        this.spareParts = parameter("S_spare_parts", spareParts);
        this.softwareUpdates = parameter("S_software_updates", softwareUpdates);
        this.repairInformation = parameter("S_repair_information", repairInformation);
        this.value = DISASSEMBLY_WEIGHT.multiply(disassembly).add(OTHER_WEIGHT.multiply(
                fasteners.add(tools).add(spareParts).add(softwareUpdates).add(repairInformation)));
    }

    private static BigDecimal parameter(String symbol, BigDecimal score) {
        return Checks.within(symbol, Objects.requireNonNull(score, symbol), ONE, FIVE);
    }

    /**
     * Obtains the score from the six parameter scores.
     *
     * @param disassembly {@code S_disassembly}, in [1, 5], not null
     * @param fasteners {@code S_fasteners}, in [1, 5], not null
     * @param tools {@code S_tools}, in [1, 5], not null
     * @param spareParts {@code S_spare_parts}, in [1, 5], not null
     * @param softwareUpdates {@code S_software_updates}, in [1, 5], not null
     * @param repairInformation {@code S_repair_information}, in [1, 5], not null
     * @return the score
     * @throws IllegalArgumentException if a parameter is outside [1, 5]
     */
    public static EuRepairabilityScore of(BigDecimal disassembly, BigDecimal fasteners, BigDecimal tools,
            BigDecimal spareParts, BigDecimal softwareUpdates, BigDecimal repairInformation) {
        return new EuRepairabilityScore(disassembly, fasteners, tools, spareParts, softwareUpdates, repairInformation);
    }

    /**
     * Obtains the score from the six parameter scores given as doubles, read as the decimals they print as.
     *
     * @param disassembly {@code S_disassembly}, finite, in [1, 5]
     * @param fasteners {@code S_fasteners}, finite, in [1, 5]
     * @param tools {@code S_tools}, finite, in [1, 5]
     * @param spareParts {@code S_spare_parts}, finite, in [1, 5]
     * @param softwareUpdates {@code S_software_updates}, finite, in [1, 5]
     * @param repairInformation {@code S_repair_information}, finite, in [1, 5]
     * @return the score
     * @throws IllegalArgumentException if a parameter is NaN, infinite or outside [1, 5]
     */
    public static EuRepairabilityScore of(double disassembly, double fasteners, double tools, double spareParts,
            double softwareUpdates, double repairInformation) {
        return of(Decimals.decimal("S_disassembly", disassembly), Decimals.decimal("S_fasteners", fasteners),
                Decimals.decimal("S_tools", tools), Decimals.decimal("S_spare_parts", spareParts),
                Decimals.decimal("S_software_updates", softwareUpdates),
                Decimals.decimal("S_repair_information", repairInformation));
    }

    /**
     * Returns a part-specific parameter score of a smartphone, {@code Σ weight_p · S_p} over the nine
     * priority parts {@code p}.
     *
     * @param partScores the score of every priority part, each in [1, 5], not null; copied
     * @return the weighted parameter score in [1, 5], exact
     * @throws IllegalArgumentException if a priority part has no score or a score is outside [1, 5]
     */
    public static BigDecimal partWeighted(Map<SmartphonePriorityPart, BigDecimal> partScores) {
        Map<SmartphonePriorityPart, BigDecimal> copy = new EnumMap<>(SmartphonePriorityPart.class);
        copy.putAll(Map.copyOf(Objects.requireNonNull(partScores, "partScores")));
        BigDecimal sum = BigDecimal.ZERO;
        for (SmartphonePriorityPart part : SmartphonePriorityPart.values()) {
            BigDecimal score = copy.get(part);
            if (score == null) {
                throw new IllegalArgumentException("S_" + part + " is missing; a part-weighted score needs a score"
                        + " for every priority part " + java.util.List.of(SmartphonePriorityPart.values()));
            }
            sum = sum.add(part.weight().multiply(parameter("S_" + part, score)));
        }
        return sum;
    }

    /**
     * Returns the points for a disassembly depth: 2 steps or fewer 5; 3 to 5 steps 4; 6 to 10 steps 3;
     * 11 to 15 steps 2; more than 15 steps 1.
     *
     * @param steps the number of steps to remove the part, 0 or more
     * @return the points, 1 to 5
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public static BigDecimal disassemblyDepthPoints(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException(
                    "steps \"" + steps + "\" is negative; a disassembly depth is 0 steps or more");
        }
        int points;
        if (steps <= 2) {
            points = 5;
        } else if (steps <= 5) {
            points = 4;
        } else if (steps <= 10) {
            points = 3;
        } else if (steps <= 15) {
            points = 2;
        } else {
            points = 1;
        }
        return BigDecimal.valueOf(points);
    }

    /**
     * Returns the score {@code R}, exact.
     *
     * @return {@code R} in [1, 5]
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the repairability class of the score.
     *
     * @return the class, never null
     */
    public RepairabilityClass repairabilityClass() {
        return RepairabilityClass.of(value);
    }

    /**
     * Returns {@code S_disassembly}.
     *
     * @return the disassembly depth score, in [1, 5]
     */
    public BigDecimal disassembly() {
        return disassembly;
    }

    /**
     * Returns {@code S_fasteners}.
     *
     * @return the fasteners score, in [1, 5]
     */
    public BigDecimal fasteners() {
        return fasteners;
    }

    /**
     * Returns {@code S_tools}.
     *
     * @return the tools score, in [1, 5]
     */
    public BigDecimal tools() {
        return tools;
    }

    /**
     * Returns {@code S_spare_parts}.
     *
     * @return the spare parts score, in [1, 5]
     */
    public BigDecimal spareParts() {
        return spareParts;
    }

    /**
     * Returns {@code S_software_updates}.
     *
     * @return the software updates score, in [1, 5]
     */
    public BigDecimal softwareUpdates() {
        return softwareUpdates;
    }

    /**
     * Returns {@code S_repair_information}.
     *
     * @return the repair information score, in [1, 5]
     */
    public BigDecimal repairInformation() {
        return repairInformation;
    }

    /**
     * Checks whether another object is a score whose parameters compare equal.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof EuRepairabilityScore o
                && disassembly.compareTo(o.disassembly) == 0
                && fasteners.compareTo(o.fasteners) == 0
                && tools.compareTo(o.tools) == 0
                && spareParts.compareTo(o.spareParts) == 0
                && softwareUpdates.compareTo(o.softwareUpdates) == 0
                && repairInformation.compareTo(o.repairInformation) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(disassembly.stripTrailingZeros(), fasteners.stripTrailingZeros(),
                tools.stripTrailingZeros(), spareParts.stripTrailingZeros(), softwareUpdates.stripTrailingZeros(),
                repairInformation.stripTrailingZeros());
    }

    /**
     * Prints the score and class, for example {@code EuRepairabilityScore[R=3.35, class B]}.
     *
     * @return the score as text, never null
     */
    @Override
    public String toString() {
        return "EuRepairabilityScore[R=" + value.stripTrailingZeros().toPlainString() + ", class "
                + repairabilityClass() + "]";
    }
}
