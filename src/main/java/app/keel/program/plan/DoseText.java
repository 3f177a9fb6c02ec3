package app.keel.program.plan;

import app.keel.program.Side;
import app.keel.exercise.LoadKind;
import app.keel.program.dosage.Dose;

/** A dose in words a client reads at a glance: "3 × 8 · 22.5 kg", "2 × hold 10 s", "5 min, 3× a day". */
final public class DoseText {

    private DoseText() {
    }

    /** The same dose in full words for the client's phone: "3 sets of 8 · 22.5 kg", "2 sets, hold 10 seconds". */
    static String inWords(Dose dose, LoadKind loadKind, String band, Side side) {
        String compact = of(dose, loadKind, band, side);
        String sets = dose.sets() + (dose.sets() == 1 ? " set" : " sets");
        if (dose.minutes() == null && dose.reps() != null) {
            return compact.replaceFirst("^\\d+ × \\d+", sets + " of " + dose.reps());
        }
        if (dose.minutes() == null && dose.holdSeconds() != null) {
            return compact.replaceFirst("^\\d+ × hold (\\d+) s", sets + ", hold $1 seconds");
        }
        return compact;
    }

    public static String of(Dose dose, LoadKind loadKind, String band, Side side) {
        StringBuilder s = new StringBuilder();
        if (dose.minutes() != null) {
            s.append(dose.minutes()).append(" min");
        } else if (dose.reps() == null && dose.holdSeconds() == null) {
            s.append(dose.sets()).append(dose.sets() == 1 ? " set" : " sets");
        } else {
            s.append(dose.sets()).append(" × ");
            if (dose.reps() != null) {
                s.append(dose.reps());
            }
            if (dose.holdSeconds() != null) {
                s.append(dose.reps() != null ? ", " : "").append("hold ").append(dose.holdSeconds()).append(" s");
            }
        }
        if (loadKind == LoadKind.KG) {
            s.append(" · ").append(dose.loadKg() == null ? "load not set"
                    : dose.loadKg().stripTrailingZeros().toPlainString() + " kg");
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
