package app.keel.logbook;

/** A "times a day" item's count on one day: {@code done} of {@code target} (e.g. 3 of 5 breaks). */
public record BreakTally(long prescriptionId, int done, int target) {

    /** Gentle words for the client: never a reproach when fewer were done. */
    public String inWords(String what) {
        if (done >= target) {
            return "All " + target + " " + what + " done today. Well done.";
        }
        if (done == 0) {
            return "None yet today (" + target + " planned). Tap after each one.";
        }
        return done + " of " + target + " " + what + " so far today.";
    }
}
