package app.keel.logbook.psfs;

import java.util.List;

/**
 * The client's PSFS on their Today page: the activities and whether a rating is due (first time, then every 14 days).
 * Once rated today it is not due; {@code ratedToday} lets the page still offer to change today's scores.
 */
public record PsfsPrompt(List<PsfsActivityDetails> activities, boolean due, boolean ratedToday) {
}
