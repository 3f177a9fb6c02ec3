package app.keel.program.history;

import java.time.Instant;

/** A revision in a program's history list. */
public record RevisionSummary(int number, Instant createdAt, String createdBy) {
}
