package app.keel.sheet;

import app.keel.exercise.ExerciseDetails;
import app.keel.program.DeloadRow;
import app.keel.program.plan.ProgramOverview;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionRow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one sheet prints, gathered through the secured services before any layout starts. Only the first
 * {@link #MAX_ITEMS} items are printed, which bounds a sheet at 52 weeks × that many rows.
 */
record SheetContent(String studioName, String practitionerName, ProgramOverview program,
                    Map<Long, ExerciseDetails> exercises, LocalDate printedOn, Locale locale, PaperSize paper,
                    String logAddress) {

    static final int MAX_ITEMS = 60;

    List<PrescriptionRow> items() {
        List<PrescriptionRow> all = program.items();
        return all.size() > MAX_ITEMS ? all.subList(0, MAX_ITEMS) : all;
    }

    boolean truncated() {
        return program.items().size() > MAX_ITEMS;
    }

    /** The engine's dose for item {@code index} (in program order) in week {@code week} (0-based). */
    String dose(int index, int week) {
        return program.weekPlan().items().get(index).doses().get(week);
    }

    List<WeekPlanTable.Week> weeks() {
        return program.weekPlan().weeks();
    }

    /** The deload period that covers (part of) a week, for its label. */
    Optional<DeloadRow> deloadIn(WeekPlanTable.Week week) {
        LocalDate end = week.start().plusDays(6);
        return program.deloads().stream()
                .filter(d -> !d.endDate().isBefore(week.start()) && !d.startDate().isAfter(end))
                .findFirst();
    }

    Optional<ExerciseDetails> exercise(PrescriptionRow item) {
        return Optional.ofNullable(exercises.get(item.exerciseId()));
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(date);
    }
}
