package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * The prescription as the practitioner wrote it, before progression and deloads. Any of the optional parts may be
 * null where it does not apply (a plank has a hold but no reps; a recovery position has minutes and times per day).
 */
public record BaseDose(int sets, Integer reps, Integer holdSeconds, BigDecimal loadKg, Integer minutes,
                       Integer timesPerDay) {

    public BaseDose {
        DoseLimits.requireIn("sets", sets, 1, DoseLimits.MAX_SETS);
        DoseLimits.requireInOrNull("reps", reps, 1, DoseLimits.MAX_REPS);
        DoseLimits.requireInOrNull("hold seconds", holdSeconds, 1, DoseLimits.MAX_HOLD_SECONDS);
        DoseLimits.requireLoadOrNull("load", loadKg);
        DoseLimits.requireInOrNull("minutes", minutes, 1, DoseLimits.MAX_MINUTES);
        DoseLimits.requireInOrNull("times per day", timesPerDay, 1, DoseLimits.MAX_TIMES_PER_DAY);
    }
}
