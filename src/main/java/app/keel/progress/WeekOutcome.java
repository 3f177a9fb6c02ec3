package app.keel.progress;

import java.time.LocalDate;

/**
 * One week of the adherence × outcome panel: how much of the program was done against how pain moved from the week
 * before, and what that combination suggests.
 */
public record WeekOutcome(LocalDate monday, Double adherence, Double meanWorstPain, Double painChange,
                          Verdict verdict) {

    public enum Verdict {
        NOTHING_SCHEDULED("Nothing scheduled"),
        NOT_DOING_IT("Not doing it (under half done)"),
        RESPONDING("Doing it and responding"),
        NOT_RESPONDING("Doing it, pain not easing"),
        TOO_EARLY("Doing it, no pain comparison yet");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
