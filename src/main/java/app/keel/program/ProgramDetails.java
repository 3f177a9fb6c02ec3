package app.keel.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A program as its editor shows it; {@code version} is what the next save must match. */
public record ProgramDetails(long id, long clientId, String clientName, ProgramKind kind, String title, String goal,
                             LocalDate startDate, LocalDate endDate, int weeks, Set<DayOfWeek> days,
                             int sessionsPerDay, ProgramStatus status, Set<ProgramStatus> nextStatuses,
                             List<DeloadRow> deloads, String updatedBy, long version, ProgramDraft draft) {
}
