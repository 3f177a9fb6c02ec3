package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * A progressed dose before the deload factor and rounding. It carries the load ceiling (the cap, or the base load if
 * that was prescribed above the cap) because the final rounding must not step over it, and the equipment's increment
 * with the prescribed load it counts from ({@code anchorKg}, to the nearest 0.5 kg like every load): with real
 * equipment every load is the prescribed load plus or minus whole increments.
 */
record Target(int sets, Integer reps, Integer holdSeconds, BigDecimal loadKg, BigDecimal loadCeilingKg,
              Integer minutes, Integer timesPerDay, BigDecimal anchorKg, BigDecimal incrementKg) {

    static Target of(BaseDose base, BigDecimal loadCeilingKg, BigDecimal incrementKg) {
        return new Target(base.sets(), base.reps(), base.holdSeconds(), base.loadKg(), loadCeilingKg,
                base.minutes(), base.timesPerDay(),
                base.loadKg() == null ? null : Loads.round(base.loadKg(), loadCeilingKg), incrementKg);
    }

    Target withLoad(BigDecimal kg) {
        return new Target(sets, reps, holdSeconds, kg, loadCeilingKg, minutes, timesPerDay, anchorKg, incrementKg);
    }

    Target withRepsAndLoad(int newReps, BigDecimal kg) {
        return new Target(sets, newReps, holdSeconds, kg, loadCeilingKg, minutes, timesPerDay, anchorKg, incrementKg);
    }

    Target withHold(int seconds) {
        return new Target(sets, reps, seconds, loadKg, loadCeilingKg, minutes, timesPerDay, anchorKg, incrementKg);
    }

    /** The load as handed out: whole equipment increments from the prescribed load, or the nearest 0.5 kg. */
    BigDecimal roundLoad(BigDecimal kg) {
        return incrementKg == null || anchorKg == null ? Loads.round(kg, loadCeilingKg)
                : Loads.onGrid(kg, anchorKg, incrementKg, loadCeilingKg);
    }
}
