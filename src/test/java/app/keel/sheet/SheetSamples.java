package app.keel.sheet;

import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.LoadKind;
import app.keel.program.DeloadRow;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramStatus;
import app.keel.program.Side;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.plan.ProgramOverview;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionRow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sheet content built by hand (no database), for layout, safety and size tests and the benchmark's pure part. */
final class SheetSamples {

    static final LocalDate START = LocalDate.of(2031, 3, 3);

    private SheetSamples() {
    }

    /** {@code weeks} weeks × {@code items} items, every 4th week an easier week, with the given texts. */
    static SheetContent content(int weeks, int items, String clientName, String goal, String name, String cues) {
        List<PrescriptionRow> rows = new ArrayList<>();
        List<WeekPlanTable.Item> plan = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            boolean habit = i % 5 == 4;
            rows.add(new PrescriptionRow(i + 1, i, 100 + i, name + " " + (i + 1),
                    habit ? ExerciseCategory.HABIT : ExerciseCategory.LOAD, 3, habit ? null : 8, null, 60, "3-1-1",
                    habit ? LoadKind.BODYWEIGHT : LoadKind.KG, habit ? null : new BigDecimal("20"), null, 6, Side.BOTH,
                    cues, "End the set when your form starts to slip.", habit ? "lying on your side" : null,
                    habit ? 5 : null, habit ? 2 : null, habit ? "calm the back" : null, habit ? "bedtime" : null, 0));
            List<String> doses = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                doses.add(habit ? "5 min, 2× a day" : (w % 4 == 3 ? "2 × 8 · " + (12 + w) + " kg"
                        : "3 × 8 · " + (20 + w) + " kg"));
            }
            plan.add(new WeekPlanTable.Item(name + " " + (i + 1), doses, List.of()));
        }
        List<WeekPlanTable.Week> calendar = new ArrayList<>();
        List<DeloadRow> deloads = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            calendar.add(new WeekPlanTable.Week(w + 1, START.plusWeeks(w), w % 4 == 3));
            if (w % 4 == 3) {
                deloads.add(new DeloadRow(w, START.plusWeeks(w), START.plusWeeks(w).plusDays(6), 60, 60,
                        DeloadReason.PLANNED, 0));
            }
        }
        ProgramOverview program = new ProgramOverview(1, 1, 1, clientName, ProgramKind.LOAD_PROGRESSION,
                "Hinge strength", goal, ProgramStatus.ACTIVE, START, START.plusWeeks(weeks).minusDays(1), weeks,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1, 3, rows, deloads,
                new WeekPlanTable(calendar, plan, null, List.of()));
        return new SheetContent("Harbour Back Care", "Maya Okafor", program, Map.of(), START, Locale.UK,
                PaperSize.A4, "https://keel.example.org/my");
    }

    static SheetContent plain(int weeks, int items) {
        return content(weeks, items, "Ruth Ellison", "Carry the shopping without fear", "Hinge",
                "Long spine; weights brush your thighs");
    }
}
