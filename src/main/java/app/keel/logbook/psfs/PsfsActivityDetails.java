package app.keel.logbook.psfs;

import app.keel.logbook.Score;

import java.time.LocalDate;
import java.util.List;

/** A PSFS activity with its ratings, oldest first. */
public record PsfsActivityDetails(long id, String description, List<Score> scores) {

    public record Score(LocalDate date, int score) {
    }

    public Score latest() {
        return scores.isEmpty() ? null : scores.getLast();
    }
}
