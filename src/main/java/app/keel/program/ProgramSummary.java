package app.keel.program;

import java.time.LocalDate;

/** A program in a client's list. */
public record ProgramSummary(long id, String title, ProgramKind kind, ProgramStatus status, LocalDate startDate,
                             int weeks) {
}
