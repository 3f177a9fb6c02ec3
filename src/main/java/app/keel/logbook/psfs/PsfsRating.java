package app.keel.logbook.psfs;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;

import java.time.LocalDate;

/** One 0–10 rating of a PSFS activity on one day (0 = cannot do it, 10 = as before the problem). */
@Entity
public class PsfsRating extends AbstractEntity {

    private long studioId;
    private long clientId;
    private long activityId;
    private LocalDate ratedOn;
    private int score;

    protected PsfsRating() {
    }

    public PsfsRating(long studioId, long clientId, long activityId, LocalDate ratedOn, int score) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.activityId = activityId;
        this.ratedOn = ratedOn;
        this.score = score;
    }

    void rescore(int score) {
        this.score = score;
    }

    public long getActivityId() { return activityId; }
    public LocalDate getRatedOn() { return ratedOn; }
    public int getScore() { return score; }
}
