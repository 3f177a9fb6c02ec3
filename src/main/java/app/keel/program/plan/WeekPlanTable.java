package app.keel.program.plan;

import java.time.LocalDate;
import java.util.List;

/** Weeks × items with the dose the client will get each week; deload weeks are flagged. */
public record WeekPlanTable(List<Week> weeks, List<Item> items) {

    public record Week(int number, LocalDate start, boolean deload) {
    }

    /** {@code loadsKg}: the planned load per week in kilograms (null entries for items not loaded in kg). */
    public record Item(String exercise, List<String> doses, List<java.math.BigDecimal> loadsKg) {
    }
}
