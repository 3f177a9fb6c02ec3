package app.keel.progress;

import app.keel.program.DeloadPreview;

import java.time.LocalDate;

/**
 * An easier period starting today on the client's running program, as proposed or as saved. {@code note} says why it
 * is shorter than asked (the program ends, or a planned deload begins), or is null.
 */
public record EarlyDeload(long programId, long programVersion, LocalDate start, LocalDate end, int volumePercent,
                          DeloadPreview preview, String note) {
}
