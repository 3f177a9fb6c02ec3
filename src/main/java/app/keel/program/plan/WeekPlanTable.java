package app.keel.program.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Weeks × items with the dose the client will get each week; deload weeks are flagged. {@code attention} is null
 * when the plan could be worked out, else what the practitioner should fix (and the table is empty). {@code warnings}
 * name weekly load steps above about 15 % ({@link app.keel.program.dosage.StepSize}).
 */
public record WeekPlanTable(List<Week> weeks, List<Item> items, String attention, List<String> warnings) {

    static WeekPlanTable needsAttention(String problem) {
        return new WeekPlanTable(List.of(), List.of(), "This program needs attention: its stored settings cannot be "
                + "turned into doses (" + problem + "). Open its settings, check the progression rule and its cap, "
                + "and save again.", List.of());
    }

    public record Week(int number, LocalDate start, boolean deload) {
    }

    /** {@code loadsKg}: the planned load per week in kilograms (null entries for items not loaded in kg). */
    public record Item(String exercise, List<String> doses, List<BigDecimal> loadsKg) {
    }
}
