package app.keel.program.plan;

import app.keel.base.DoseFormat;
import app.keel.exercise.LoadKind;
import app.keel.program.Side;
import app.keel.program.dosage.Dose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A dose in words a client reads at a glance: "3 × 8 · 22.5 kg", "2 × hold 10 s", "5 min, 3× a day". */
public final class DoseText {

    private DoseText() {
    }

    /**
     * The same dose in full words for the client's phone: "3 sets of 8 · 22.5 kg", "2 sets, hold 10 seconds",
     * "3 rounds of 2 minutes", "5 minutes, 3 times a day", "2 sets of 10, each side" (one side at a time).
     */
    static String inWords(Dose dose, LoadKind loadKind, String band, Side side, boolean oneSided) {
        StringBuilder s = new StringBuilder();
        if (dose.minutes() != null) {
            s.append(dose.sets() > 1 ? dose.sets() + " rounds of " : "").append(count(dose.minutes(), "minute"));
        } else {
            s.append(count(dose.sets(), "set"));
            if (dose.reps() != null) {
                s.append(" of ").append(dose.reps());
            }
            if (dose.holdSeconds() != null) {
                s.append(", hold ").append(count(dose.holdSeconds(), "second")).append(dose.reps() != null ? " each" : "");
            }
        }
        appendLoad(s, dose, loadKind, band);
        if (dose.timesPerDay() != null) {
            s.append(", ").append(switch (dose.timesPerDay()) {
                case 1 -> "once a day";
                case 2 -> "twice a day";
                default -> dose.timesPerDay() + " times a day";
            });
        }
        if (side != null) {
            s.append(switch (side) {
                case BOTH -> oneSided ? ", each side" : "";
                case LEFT -> " · left side only";
                case RIGHT -> " · right side only";
                case ALTERNATE -> " · alternating sides";
            });
        }
        return s.toString();
    }

    /**
     * What a deload changes, against the usual dose at the same progression: "2 sets instead of 3, a lighter weight
     * (12 kg instead of 20 kg)". Empty when nothing changes (recovery items keep their dose).
     */
    static String deloadChange(Dose reduced, Dose usual) {
        List<String> parts = new ArrayList<>();
        if (reduced.sets() != usual.sets()) {
            parts.add(reduced.sets() + " " + (reduced.minutes() != null ? "rounds" : "sets") + " instead of "
                    + usual.sets());
        }
        addChange(parts, reduced.reps(), usual.reps(), "reps");
        addChange(parts, reduced.holdSeconds(), usual.holdSeconds(), "seconds' hold");
        addChange(parts, reduced.minutes(), usual.minutes(), "minutes");
        if (reduced.loadKg() != null && usual.loadKg() != null && reduced.loadKg().compareTo(usual.loadKg()) != 0) {
            parts.add("a lighter weight (" + kg(reduced.loadKg()) + " instead of " + kg(usual.loadKg()) + ")");
        }
        return String.join(", ", parts);
    }

    private static void addChange(List<String> parts, Integer reduced, Integer usual, String what) {
        if (reduced != null && usual != null && !reduced.equals(usual)) {
            parts.add(reduced + " " + what + " instead of " + usual);
        }
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String kg(BigDecimal kg) {
        return DoseFormat.kg(kg);
    }

    private static void appendLoad(StringBuilder s, Dose dose, LoadKind loadKind, String band) {
        if (loadKind == LoadKind.KG) {
            s.append(" · ").append(dose.loadKg() == null ? "load not set" : kg(dose.loadKg()));
        } else if (loadKind == LoadKind.BAND) {
            s.append(" · ").append(band == null ? "band" : band + " band");
        }
    }

    /**
     * Compact for the practitioner's week plan: "3 × 8 · 22.5 kg", "2 × hold 10 s · left", "2 × 10 · each side" (an
     * exercise done one side at a time, prescribed for both).
     */
    public static String of(Dose dose, LoadKind loadKind, String band, Side side, boolean oneSided) {
        StringBuilder s = new StringBuilder(DoseFormat.compact(dose.sets(), dose.reps(), dose.holdSeconds(),
                dose.minutes(), null));
        appendLoad(s, dose, loadKind, band);
        if (dose.timesPerDay() != null) {
            s.append(", ").append(dose.timesPerDay()).append("× a day");
        }
        if (side != null && side != Side.BOTH) {
            s.append(" · ").append(side.label().toLowerCase());
        } else if (oneSided) {
            s.append(" · each side");
        }
        return s.toString();
    }
}
