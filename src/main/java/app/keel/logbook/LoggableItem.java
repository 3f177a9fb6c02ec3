package app.keel.logbook;

import app.keel.program.Program;

/** An item the signed-in client may log, with its program and the log of the day if there is one (or null). */
record LoggableItem(long prescriptionId, int prescribedSets, Program program, ItemLog existing) {
}
