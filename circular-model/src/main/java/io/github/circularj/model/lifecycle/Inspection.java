package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ConditionGrade;
import java.util.List;
import java.util.Objects;

/**
 * What an inspection found, the payload of {@link Inspected}: the condition grade given, who
 * inspected, the reference of the report and the defects found, in the order found (rule
 * DISC-CONDITION: 消费者权益保护法 Art. 20, 23; grading standards such as GB/T 45656-2025,
 * T/TAF 173-2023 and GB/T 30323).
 *
 * <pre>{@code
 * Inspection i = Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1")
 *         .withDefects(List.of("scratched casing"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grade the condition grade given
 * @param inspector who inspected the item (a label, never an identity number)
 * @param reportReference the reference of the inspection report
 * @param defects the defects found, possibly empty
 */
public record Inspection(ConditionGrade grade, String inspector, String reportReference, List<String> defects) {

    /**
     * Validates the inspection and copies the defects.
     *
     * @param grade the grade, not null
     * @param inspector the inspector, not blank, not padded
     * @param reportReference the report reference, not blank, not padded
     * @param defects the defects, not null, each not blank, not padded; copied
     * @throws IllegalArgumentException if the inspector, report reference or a defect is blank or padded
     */
    public Inspection {
        Objects.requireNonNull(grade, "grade");
        Checks.text("inspector", inspector);
        Checks.text("reportReference", reportReference);
        defects = List.copyOf(Objects.requireNonNull(defects, "defects"));
        for (String defect : defects) {
            Checks.text("defect", defect);
        }
    }

    /**
     * Obtains an inspection that found no defects.
     *
     * @param grade the grade, not null
     * @param inspector the inspector, not blank, not padded
     * @param reportReference the report reference, not blank, not padded
     * @return the inspection
     * @throws IllegalArgumentException if the inspector or report reference is blank or padded
     */
    public static Inspection of(ConditionGrade grade, String inspector, String reportReference) {
        return new Inspection(grade, inspector, reportReference, List.of());
    }

    /**
     * Returns a copy with the defects found, replacing any.
     *
     * @param found the defects, not null, each not blank, not padded; copied
     * @return the copy
     * @throws IllegalArgumentException if a defect is blank or padded
     */
    public Inspection withDefects(List<String> found) {
        return new Inspection(grade, inspector, reportReference, found);
    }
}
