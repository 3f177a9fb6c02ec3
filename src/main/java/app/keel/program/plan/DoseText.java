package app.keel.program.plan;

import app.keel.base.DoseFormat;
import app.keel.exercise.LoadKind;
import app.keel.program.Side;
import app.keel.program.dosage.Dose;

/**
 * A prescribed dose as Keel writes it ({@link DoseFormat}), with its load and side: "3 × 8 · 22.5 kg" for
 * practitioners, "3 sets of 8 · 22.5 kg" for clients.
 */
public final class DoseText {

    private DoseText() {
    }

    /** Whole words for the client's phone: "3 sets of 8 · 22.5 kg", "2 sets, hold 10 seconds". */
    public static String inWords(Dose dose, LoadKind loadKind, String band, Side side) {
        return DoseFormat.inWords(dose.sets(), dose.reps(), dose.holdSeconds(), dose.minutes(), null)
                + loadAndSide(dose, loadKind, band, side, true);
    }

    /** Compact for the practitioner's week plan: "3 × 8 · 22.5 kg", "2 × hold 10 s · left". */
    public static String of(Dose dose, LoadKind loadKind, String band, Side side) {
        return DoseFormat.compact(dose.sets(), dose.reps(), dose.holdSeconds(), dose.minutes(), null)
                + loadAndSide(dose, loadKind, band, side, false);
    }

    private static String loadAndSide(Dose dose, LoadKind loadKind, String band, Side side, boolean words) {
        StringBuilder s = new StringBuilder();
        if (loadKind == LoadKind.KG) {
            s.append(" · ").append(dose.loadKg() == null ? "load not set" : DoseFormat.kg(dose.loadKg()));
        } else if (loadKind == LoadKind.BAND) {
            s.append(" · ").append(band == null ? "band" : band + " band");
        }
        if (dose.timesPerDay() != null) {
            s.append(", ").append(dose.timesPerDay()).append("× a day");
        }
        if (side != null && side != Side.BOTH) {
            s.append(" · ").append(side.label().toLowerCase());
        }
        return s.toString();
    }
}
