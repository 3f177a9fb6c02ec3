package app.keel.program.dosage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Load arithmetic. Clients load in 0.5 kg plates, so every load the engine hands out is a multiple of 0.5 kg; the
 * arithmetic runs on whole "halves" (0.5 kg units) to keep that exact.
 */
final class Loads {

    static final BigDecimal HALF_KG = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Loads() {
    }

    /**
     * {@code kg} to the nearest 0.5 kg (half-up), but never above {@code ceilingKg} and never below 0: half-up alone
     * would turn a load capped at 52.3 kg into 52.5 kg, past the cap the practitioner set.
     */
    static BigDecimal round(BigDecimal kg, BigDecimal ceilingKg) {
        long nearest = halves(kg, RoundingMode.HALF_UP);
        return fromHalves(Math.max(0, Math.min(nearest, halves(ceilingKg, RoundingMode.FLOOR))));
    }

    /**
     * {@code kg} on the grid of real equipment: the prescribed load {@code anchorKg} plus or minus whole
     * {@code incrementKg} (a 6 kg dumbbell in 1 kg steps: 5, 6, 7 kg…), rounded down so the client never gets more
     * than was worked out, never above {@code ceilingKg}, and never below the lightest weight on that grid (a reduced
     * load stays a load). 0 kg stays 0 kg. Always scale 1, like {@link #fromHalves}.
     */
    static BigDecimal onGrid(BigDecimal kg, BigDecimal anchorKg, BigDecimal incrementKg, BigDecimal ceilingKg) {
        if (kg.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal steps = kg.subtract(anchorKg).divide(incrementKg, 0, RoundingMode.FLOOR);
        BigDecimal maxSteps = ceilingKg.subtract(anchorKg).divide(incrementKg, 0, RoundingMode.FLOOR);
        BigDecimal lightest = anchorKg.remainder(incrementKg);
        if (lightest.signum() == 0) {
            lightest = incrementKg;
        }
        BigDecimal value = anchorKg.add(incrementKg.multiply(steps)).max(lightest)
                .min(anchorKg.add(incrementKg.multiply(maxSteps)));
        return value.setScale(1, RoundingMode.UNNECESSARY);
    }

    static long halves(BigDecimal kg, RoundingMode mode) {
        return kg.multiply(TWO).setScale(0, mode).longValueExact();
    }

    /** Always scale 1 ("40.0", "12.5"), so doses compare and display alike. */
    static BigDecimal fromHalves(long halves) {
        return BigDecimal.valueOf(halves * 5, 1);
    }
}
