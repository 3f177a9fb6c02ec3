package app.keel.program.dosage;

import java.math.BigDecimal;

/** Turns a progressed target into the dose the client sees: the deload factor, then rounding (docs/clinical-rules.md). */
final class Deloading {

    static final int FULL_VOLUME = 100;

    private Deloading() {
    }

    static Dose shape(Target t, int percent, boolean deload, int steps) {
        return shape(t, percent, percent, deload, steps);
    }

    /**
     * {@code volumePercent} is the share of the normal volume kept (60 = "at 60 %"). Volume comes off the sets; a
     * single set cannot shrink, so the reps (or the hold, or the minutes, whichever the item has first) shrink instead.
     * Load shrinks by {@code intensityPercent}. Times per day stay: they are a daily habit, not training volume.
     */
    static Dose shape(Target t, int volumePercent, int intensityPercent, boolean deload, int steps) {
        int sets = t.sets();
        Integer reps = t.reps();
        Integer hold = t.holdSeconds();
        Integer minutes = t.minutes();
        BigDecimal load = t.loadKg();
        if (volumePercent < FULL_VOLUME) {
            if (sets > 1) {
                sets = scale(sets, volumePercent);
            } else if (reps != null) {
                reps = scale(reps, volumePercent);
            } else if (hold != null) {
                hold = scale(hold, volumePercent);
            } else if (minutes != null) {
                minutes = scale(minutes, volumePercent);
            }
        }
        if (intensityPercent < FULL_VOLUME && load != null) {
            load = load.multiply(BigDecimal.valueOf(intensityPercent)).movePointLeft(2);
        }
        BigDecimal roundedLoad = load == null ? null : t.roundLoad(load);
        return new Dose(sets, reps, hold, roundedLoad, minutes, t.timesPerDay(), deload, steps);
    }

    /** {@code amount × percent / 100}, rounded half-up, never below 1 (a deload reduces, it never removes). */
    static int scale(int amount, int percent) {
        return Math.max(1, (amount * percent + 50) / 100);
    }
}
