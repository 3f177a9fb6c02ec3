package app.keel.program.dosage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dose a client sees = base prescription × progression reached that week × deload factor, rounded to what can be
 * done. Stateless and free of I/O: callers load the program, its outcomes and its deloads, and pass them in.
 */
public final class DosageEngine {

    /** The dose on {@code date}; empty outside the program and on days the schedule leaves free. */
    public Optional<Dose> doseOn(LocalDate date, ProgramCalendar calendar, BaseDose base, ProgressionRule rule,
                                 ProgressionGate gate, WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        if (!calendar.isScheduled(date)) {
            return Optional.empty();
        }
        int week = calendar.weekOf(date).getAsInt();
        int steps = Timeline.upTo(week, calendar, gate, outcomes, deloads).steps(week);
        // The day itself decides the factor: a trip that starts on Wednesday leaves Monday's dose alone.
        int volume = Timeline.lowestVolumeOn(date, deloads);
        boolean deload = Timeline.isCovered(volume);
        Target target = Progression.apply(base, rule, steps);
        return Optional.of(Deloading.shape(target, deload ? volume : Deloading.FULL_VOLUME, deload, steps));
    }

    /** The dose on the scheduled days of program week {@code week} (0-based), as the week-plan grid shows it. */
    public Dose doseForWeek(int week, ProgramCalendar calendar, BaseDose base, ProgressionRule rule,
                            ProgressionGate gate, WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        calendar.requireWeek(week);
        return dose(Timeline.upTo(week, calendar, gate, outcomes, deloads), week, base, rule);
    }

    /** Every week × every item, sharing one pass over the deloads and the gate. */
    public WeekPlan plan(ProgramCalendar calendar, List<PlanItem> items, ProgressionGate gate,
                         WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        Timeline timeline = Timeline.upTo(calendar.weeks() - 1, calendar, gate, outcomes, deloads);
        List<List<Dose>> weeks = new ArrayList<>(calendar.weeks());
        List<Integer> deloadWeeks = new ArrayList<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            List<Dose> doses = new ArrayList<>(items.size());
            for (PlanItem item : items) {
                doses.add(dose(timeline, week, item.base(), item.rule()));
            }
            weeks.add(doses);
            if (timeline.isDeloadWeek(week)) {
                deloadWeeks.add(week);
            }
        }
        return new WeekPlan(weeks, deloadWeeks);
    }

    private static Dose dose(Timeline timeline, int week, BaseDose base, ProgressionRule rule) {
        int steps = timeline.steps(week);
        return Deloading.shape(Progression.apply(base, rule, steps), timeline.volumePercent(week),
                timeline.isDeloadWeek(week), steps);
    }
}
