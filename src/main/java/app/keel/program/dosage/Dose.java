package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * What the client is asked to do: the base prescription after progression and any deload, rounded to what can be
 * done (whole reps and seconds, loads in 0.5 kg steps). {@code deload} marks a reduced day or week so the portal
 * and the program sheet can say why; {@code progressionSteps} is how many times the rule has been applied so far.
 */
public record Dose(int sets, Integer reps, Integer holdSeconds, BigDecimal loadKg, Integer minutes,
                   Integer timesPerDay, boolean deload, int progressionSteps) {
}
