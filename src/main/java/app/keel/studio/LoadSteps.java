package app.keel.studio;

import java.math.BigDecimal;

/**
 * The real load steps of a studio's equipment: the next dumbbell, kettlebell or barbell load up is this many kg
 * heavier. Keel's defaults (1, 4 and 2.5 kg) suit a typical back-care studio; admins change them on the studio page.
 */
public record LoadSteps(BigDecimal dumbbellKg, BigDecimal kettlebellKg, BigDecimal barbellKg) {

    public static final LoadSteps DEFAULT = new LoadSteps(new BigDecimal("1.0"), new BigDecimal("4.0"),
            new BigDecimal("2.5"));
    public static final BigDecimal MIN_KG = new BigDecimal("0.5");
    public static final BigDecimal MAX_KG = new BigDecimal("20");
}
