package app.keel.program.dosage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The dose a client sees = base prescription × progression reached that week × deload factor, rounded to what can be
 * done. Stateless and free of I/O: callers load the program, its outcomes and its course (deloads, pauses), and pass
 * them in. The rules and their sources are listed in docs/clinical-rules.md.
 */
public final class DosageEngine {

    /** The dose on {@code date}; empty outside the program and on days the schedule leaves free. */
    public Optional<Dose> doseOn(LocalDate date, ProgramCalendar calendar, PlanItem item, ProgressionGate gate,
                                 WeeklyOutcomes outcomes, Course course) {
        if (!calendar.isScheduled(date)) {
            return Optional.empty();
        }
        int week = calendar.weekOf(date).getAsInt();
        Timeline timeline = Timeline.upTo(week, calendar, gate, outcomes, course);
        // The day itself decides the factor: a trip that starts on Wednesday leaves Monday's dose alone.
        int volume = timeline.volumeOn(date, week, course.deloads());
        boolean deload = Timeline.isCovered(volume);
        return Optional.of(shape(item, timeline.steps(week), deload ? volume : Deloading.FULL_VOLUME,
                deload ? timeline.intensityOn(date, week, course.deloads()) : Deloading.FULL_VOLUME, deload));
    }

    /**
     * The dose of a daily-rhythm item on any day of the program's weeks, training day or not: rhythm items follow
     * their own days (the caller decides which) and a deload never reduces them. Empty outside the program.
     */
    public Optional<Dose> rhythmDoseOn(LocalDate date, ProgramCalendar calendar, PlanItem item, ProgressionGate gate,
                                       WeeklyOutcomes outcomes, Course course) {
        OptionalInt week = calendar.weekOf(date);
        if (week.isEmpty()) {
            return Optional.empty();
        }
        int steps = Timeline.upTo(week.getAsInt(), calendar, gate, outcomes, course).steps(week.getAsInt());
        return Optional.of(Deloading.shape(Progression.apply(item.base(), item.rule(), item.incrementKg(), steps),
                Deloading.FULL_VOLUME, false, steps));
    }

    /**
     * The share of the usual volume kept on {@code date} when it is reduced (a deload or a week of the graded return
     * after a flare-up); empty on a normal day, outside the program and on unscheduled days.
     */
    public OptionalInt reducedVolumeOn(LocalDate date, ProgramCalendar calendar, ProgressionGate gate,
                                       WeeklyOutcomes outcomes, Course course) {
        if (!calendar.isScheduled(date)) {
            return OptionalInt.empty();
        }
        int week = calendar.weekOf(date).getAsInt();
        int volume = Timeline.upTo(week, calendar, gate, outcomes, course).volumeOn(date, week, course.deloads());
        return Timeline.isCovered(volume) ? OptionalInt.of(volume) : OptionalInt.empty();
    }

    /** The item's dose at full volume after {@code steps} steps: what a reduced day is compared with. */
    public Dose usualDose(PlanItem item, int steps) {
        return Deloading.shape(Progression.apply(item.base(), item.rule(), item.incrementKg(), steps),
                Deloading.FULL_VOLUME, false,
                steps);
    }

    /** As above for an ordinary item of a program with deloads only. */
    public Optional<Dose> doseOn(LocalDate date, ProgramCalendar calendar, BaseDose base, ProgressionRule rule,
                                 ProgressionGate gate, WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        return doseOn(date, calendar, new PlanItem(base, rule), gate, outcomes, Course.of(deloads));
    }

    /** The dose on the scheduled days of program week {@code week} (0-based), as the week-plan grid shows it. */
    public Dose doseForWeek(int week, ProgramCalendar calendar, BaseDose base, ProgressionRule rule,
                            ProgressionGate gate, WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        return doseForWeek(week, calendar, new PlanItem(base, rule), gate, outcomes, deloads);
    }

    /** As above for a whole plan item (its own rule, equipment increment, recovery). */
    public Dose doseForWeek(int week, ProgramCalendar calendar, PlanItem item, ProgressionGate gate,
                            WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        calendar.requireWeek(week);
        return dose(Timeline.upTo(week, calendar, gate, outcomes, Course.of(deloads)), week, item);
    }

    /** Every week × every item, sharing one pass over the course and the gate. */
    public WeekPlan plan(ProgramCalendar calendar, List<PlanItem> items, ProgressionGate gate,
                         WeeklyOutcomes outcomes, Course course) {
        Timeline timeline = Timeline.upTo(calendar.weeks() - 1, calendar, gate, outcomes, course);
        List<List<Dose>> weeks = new ArrayList<>(calendar.weeks());
        List<Integer> deloadWeeks = new ArrayList<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            List<Dose> doses = new ArrayList<>(items.size());
            for (PlanItem item : items) {
                doses.add(dose(timeline, week, item));
            }
            weeks.add(doses);
            if (timeline.isDeloadWeek(week)) {
                deloadWeeks.add(week);
            }
        }
        return new WeekPlan(weeks, deloadWeeks);
    }

    /** As above for a program with deloads only. */
    public WeekPlan plan(ProgramCalendar calendar, List<PlanItem> items, ProgressionGate gate,
                         WeeklyOutcomes outcomes, List<DeloadPeriod> deloads) {
        return plan(calendar, items, gate, outcomes, Course.of(deloads));
    }

    private static Dose dose(Timeline timeline, int week, PlanItem item) {
        return shape(item, timeline.steps(week), timeline.volumePercent(week), timeline.intensityPercent(week),
                timeline.isDeloadWeek(week));
    }

    /** Recovery items keep their full dose on deload days: breathing and resting are how the body recovers. */
    private static Dose shape(PlanItem item, int steps, int volumePercent, int intensityPercent, boolean deload) {
        Target target = Progression.apply(item.base(), item.rule(), item.incrementKg(), steps);
        return item.recovery() ? Deloading.shape(target, Deloading.FULL_VOLUME, false, steps)
                : Deloading.shape(target, volumePercent, intensityPercent, deload, steps);
    }
}
