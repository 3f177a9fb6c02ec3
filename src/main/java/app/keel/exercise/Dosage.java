package app.keel.exercise;

import app.keel.base.DoseFormat;
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

    /** "3 × 8, hold 10 s, rest 45 s" – how the library shows it (the amount as Keel writes it everywhere). */
    public String summary() {
        String amount = DoseFormat.compact(sets, reps, holdSeconds, minutes, timesPerDay);
        String rest = restSeconds == null ? "" : "rest " + restSeconds + " s";
        String all = amount.isEmpty() || rest.isEmpty() ? amount + rest : amount + ", " + rest;
        return all.isEmpty() ? "—" : all;
    }
}
