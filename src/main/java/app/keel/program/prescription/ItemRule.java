package app.keel.program.prescription;

import app.keel.program.ProgressionKind;

import java.math.BigDecimal;

/**
 * An item's own progression rule, stored on the item; without one the program's rule applies. {@code NONE} is a rule
 * too: "this item stays as prescribed" even in a progressing program.
 */
public record ItemRule(ProgressionKind kind, BigDecimal amount, BigDecimal cap, Integer repFloor, Integer repCeiling) {

    /** The rule a draft describes, keeping only the numbers its kind uses (all null without a kind). */
    static ItemRule of(PrescriptionDraft d) {
        ProgressionKind kind = d.getProgressionKind();
        if (kind == null) {
            return new ItemRule(null, null, null, null, null);
        }
        boolean amount = kind != ProgressionKind.NONE;
        boolean reps = kind == ProgressionKind.DOUBLE_PROGRESSION;
        return new ItemRule(kind, amount ? d.getProgressionAmount() : null, amount ? d.getProgressionCap() : null,
                reps ? d.getRepFloor() : null, reps ? d.getRepCeiling() : null);
    }
}
