package app.keel.program.dosage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Short ways to write the examples of the unit tests. */
final class Doses {

    static final DosageEngine ENGINE = new DosageEngine();
    /** 52 weeks from Monday 6 Jan 2025, Monday/Wednesday/Friday. */
    static final ProgramCalendar YEAR = new ProgramCalendar(LocalDate.of(2025, 1, 6), 52,
            new Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1));

    private Doses() {
    }

    static BigDecimal kg(String value) {
        return new BigDecimal(value);
    }

    static BaseDose setsRepsLoad(int sets, int reps, String load) {
        return new BaseDose(sets, reps, null, kg(load), null, null);
    }

    /** The dose of {@code week} with every week a progression step and no deloads. */
    static Dose ungated(int week, BaseDose base, ProgressionRule rule) {
        return ENGINE.doseForWeek(week, YEAR, base, rule, ProgressionGate.OFF, WeeklyOutcomes.NONE, List.of());
    }
}
