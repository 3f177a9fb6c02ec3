package app.keel.logbook;

import java.util.List;

/** The client's PSFS on their Today page: the activities and whether a rating is due (first time, then every 14 days). */
public record PsfsPrompt(List<PsfsActivityView> activities, boolean due, boolean ratedToday) {
}
