package app.keel.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An exercise's suggested dosage, the starting point when it is prescribed. Only what applies is filled. */
@Embeddable
public record Dosage(
        @Column(name = "default_sets") Integer sets,
        @Column(name = "default_reps") Integer reps,
        @Column(name = "default_hold_seconds") Integer holdSeconds,
        @Column(name = "default_rest_seconds") Integer restSeconds,
        @Column(name = "default_tempo") String tempo,
        @Enumerated(EnumType.STRING) @Column(name = "default_load_kind") LoadKind loadKind,
        @Column(name = "default_minutes") Integer minutes,
        @Column(name = "default_times_per_day") Integer timesPerDay,
        @Column(name = "default_position") String position,
        @Column(name = "default_time_of_day") String timeOfDay) {

    public static final Dosage NONE = new Dosage(null, null, null, null, null, null, null, null, null, null);

    /** "3 × 8, hold 10 s, rest 45 s" – how the library shows it. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (sets != null && reps != null) {
            s.append(sets).append(" × ").append(reps);
        } else if (sets != null) {
            s.append(sets).append(sets == 1 ? " set" : " sets");
        } else if (reps != null) {
            s.append(reps).append(" reps");
        }
        append(s, holdSeconds == null ? null : "hold " + holdSeconds + " s");
        append(s, minutes == null ? null : minutes + " min");
        append(s, timesPerDay == null ? null : timesPerDay + "× a day");
        append(s, restSeconds == null ? null : "rest " + restSeconds + " s");
        return s.isEmpty() ? "—" : s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (part != null) {
            s.append(s.isEmpty() ? "" : ", ").append(part);
        }
    }
}
