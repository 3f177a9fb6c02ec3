package app.keel.program.plan;

import app.keel.program.DeloadRow;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionRow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A whole program for reading on paper: settings, items in order, deload periods and the week plan exactly as the
 * editor and the client's phone compute it. {@code revision} is the latest revision number (0 for a draft).
 */
public record ProgramOverview(long id, long studioId, long clientId, String clientName, ProgramKind kind, String title,
                              String goal, ProgramStatus status, LocalDate startDate, LocalDate endDate, int weeks,
                              Set<DayOfWeek> days, int sessionsPerDay, int revision, List<PrescriptionRow> items,
                              List<DeloadRow> deloads, WeekPlanTable weekPlan) {
}
