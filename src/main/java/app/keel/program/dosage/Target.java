package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * A progressed dose before the deload factor and rounding. It carries the load ceiling (the cap, or the base load if
 * that was prescribed above the cap) because the final rounding must not step over it.
 */
record Target(int sets, Integer reps, Integer holdSeconds, BigDecimal loadKg, BigDecimal loadCeilingKg,
              Integer minutes, Integer timesPerDay) {

    static Target of(BaseDose base, BigDecimal loadCeilingKg) {
        return new Target(base.sets(), base.reps(), base.holdSeconds(), base.loadKg(), loadCeilingKg,
                base.minutes(), base.timesPerDay());
    }

    Target withLoad(BigDecimal kg) {
        return new Target(sets, reps, holdSeconds, kg, loadCeilingKg, minutes, timesPerDay);
    }

    Target withRepsAndLoad(int newReps, BigDecimal kg) {
        return new Target(sets, newReps, holdSeconds, kg, loadCeilingKg, minutes, timesPerDay);
    }

    Target withHold(int seconds) {
        return new Target(sets, reps, seconds, loadKg, loadCeilingKg, minutes, timesPerDay);
    }
}
