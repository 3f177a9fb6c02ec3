package app.keel.program.history;

import app.keel.program.DeloadRow;
import app.keel.program.ProgramStatus;

import java.time.Instant;
import java.util.List;

/** A past revision as it was: settings, items with their dosage, and deload periods. */
public record RevisionDetails(int number, Instant createdAt, String createdBy, ProgramStatus status, String title,
                              int weeks, List<Item> items, List<DeloadRow> deloads) {

    public record Item(long prescriptionId, String exercise, String dose, String cues, String stopRule) {
    }
}
