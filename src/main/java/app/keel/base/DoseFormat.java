package app.keel.base;

import java.math.BigDecimal;

/**
 * How Keel writes an amount of exercise and a load, in one place, so that the library, the week plan, the
 * prescriptions grid, the log and the printed sheet say it the same way: "3 × 8", "2 × hold 10 s", "5 min, 3× a day",
 * "22.5 kg". The client's whole-word wording ("3 sets of 8", "twice a day") is program.plan.DoseText's, with loads
 * written here.
 */
public final class DoseFormat {

    private DoseFormat() {
    }

    /** "3 × 8", "2 × hold 10 s", "3 × 8, hold 10 s", "5 min", "3 × 1 min", "3 sets", "8 reps"; ", 3× a day". */
    public static String compact(Integer sets, Integer reps, Integer holdSeconds, Integer minutes,
                                 Integer timesPerDay) {
        StringBuilder s = new StringBuilder();
        if (minutes != null) {
            s.append(sets != null && sets > 1 ? sets + " × " : "").append(minutes).append(" min");
        } else if (sets == null) {
            s.append(reps != null ? reps + " reps" : "");
            if (holdSeconds != null) {
                s.append(reps != null ? ", " : "").append("hold ").append(holdSeconds).append(" s");
            }
        } else if (reps == null && holdSeconds == null) {
            s.append(sets(sets));
        } else {
            s.append(sets).append(" × ");
            if (reps != null) {
                s.append(reps);
            }
            if (holdSeconds != null) {
                s.append(reps != null ? ", " : "").append("hold ").append(holdSeconds).append(" s");
            }
        }
        return withTimesPerDay(s, timesPerDay);
    }

    /** "22.5 kg", "20 kg". */
    public static String kg(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString() + " kg";
    }

    private static String sets(int sets) {
        return sets + (sets == 1 ? " set" : " sets");
    }

    private static String withTimesPerDay(StringBuilder s, Integer timesPerDay) {
        if (timesPerDay != null) {
            s.append(s.isEmpty() ? "" : ", ").append(timesPerDay).append("× a day");
        }
        return s.toString();
    }
}
