package app.keel.program.dosage;

import app.keel.program.dosage.DosageGenerators.Scenario;
import app.keel.support.Gen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static app.keel.program.dosage.DosageGenerators.scenarios;
import static app.keel.program.dosage.DoseOrder.assertNotAbove;
import static app.keel.support.Gen.ints;
import static app.keel.support.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of pauses, flare-up returns and recovery items over random programs. */
class CoursePropertyTest {

    private static final DosageEngine ENGINE = new DosageEngine();

    record Case(Scenario scenario, Course course, int flareWeek) {
    }

    /** A random program with a few pauses and (in programs of 2+ weeks) one whole-week flare-up deload. */
    private static Gen<Case> cases() {
        return scenarios().flatMap(s -> random -> {
            ProgramCalendar calendar = s.calendar();
            List<PausePeriod> pauses = new ArrayList<>();
            for (int i = ints(0, 2).next(random); i > 0; i--) {
                LocalDate start = calendar.start().plusDays(ints(-7, 7 * calendar.weeks()).next(random));
                pauses.add(new PausePeriod(start, random.nextInt(5) == 0 ? null
                        : start.plusDays(ints(0, 20).next(random))));
            }
            int flareWeek = calendar.weeks() < 2 ? -1 : ints(1, calendar.weeks() - 1).next(random);
            List<DeloadPeriod> deloads = new ArrayList<>(s.deloads().stream()
                    .map(p -> new DeloadPeriod(p.start(), p.end(), p.volumePercent(), DeloadReason.PLANNED)).toList());
            if (flareWeek > 0) {
                LocalDate start = calendar.weekStart(flareWeek);
                deloads.add(new DeloadPeriod(start, start.plusDays(6), ints(10, 100).next(random),
                        DeloadReason.FLARE_UP));
            }
            List<Integer> ramp = Gen.pick(List.<Integer>of(), List.of(60, 80), List.of(50), List.of(40, 60, 80, 90))
                    .next(random);
            return new Case(s, new Course(deloads, pauses, ramp), flareWeek);
        });
    }

    private static WeekPlan plan(Case c, List<PlanItem> items) {
        Scenario s = c.scenario();
        return ENGINE.plan(s.calendar(), items, s.gate(), s.outcomes(), c.course());
    }

    /** The item at full volume after {@code steps} progression steps. */
    private static Dose full(PlanItem item, int steps) {
        return Deloading.shape(Progression.apply(item.base(), item.rule(), item.incrementKg(), steps),
                Deloading.FULL_VOLUME, false,
                steps);
    }

    @Test
    void recovery_items_are_never_reduced() {
        forAll(cases(), c -> {
            List<PlanItem> recovery = c.scenario().items().stream()
                    .map(i -> new PlanItem(i.base(), i.rule(), true)).toList();
            WeekPlan plan = plan(c, recovery);
            for (int week = 0; week < plan.weeks(); week++) {
                for (int item = 0; item < recovery.size(); item++) {
                    Dose dose = plan.dose(week, item);
                    assertThat(dose).as("week %d", week).isEqualTo(full(recovery.get(item), dose.progressionSteps()));
                }
            }
            for (LocalDate date : c.scenario().probes()) {
                for (PlanItem item : recovery) {
                    ENGINE.doseOn(date, c.scenario().calendar(), item, c.scenario().gate(), c.scenario().outcomes(),
                            c.course()).ifPresent(d -> assertThat(d).isEqualTo(full(item, d.progressionSteps())));
                }
            }
        });
    }

    @Test
    void a_paused_week_and_the_week_after_it_never_step() {
        forAll(cases(), c -> {
            ProgramCalendar calendar = c.scenario().calendar();
            WeekPlan plan = plan(c, c.scenario().items());
            for (int week = 1; week < plan.weeks(); week++) {
                if (paused(c, calendar, week) || paused(c, calendar, week - 1)) {
                    assertThat(plan.dose(week, 0).progressionSteps()).as("steps of week %d", week)
                            .isEqualTo(plan.dose(week - 1, 0).progressionSteps());
                }
            }
        });
    }

    @Test
    void the_graded_return_never_exceeds_the_dose_before_the_flare_up_until_it_completes() {
        forAll(cases(), c -> {
            if (c.flareWeek() < 1) {
                return;
            }
            List<PlanItem> items = c.scenario().items();
            WeekPlan plan = plan(c, items);
            int before = c.flareWeek() - 1;
            int lastHeld = Math.min(plan.weeks() - 1, c.flareWeek() + c.course().flareReturnPercents().size() + 1);
            int stepsBefore = plan.dose(before, 0).progressionSteps();
            for (int week = c.flareWeek(); week <= lastHeld; week++) {
                for (int item = 0; item < items.size(); item++) {
                    Dose dose = plan.dose(week, item);
                    assertThat(dose.progressionSteps()).as("steps of week %d", week).isEqualTo(stepsBefore);
                    assertNotAbove(dose, full(items.get(item), stepsBefore), items.get(item), "week " + week);
                }
            }
        });
    }

    private static boolean paused(Case c, ProgramCalendar calendar, int week) {
        LocalDate from = calendar.weekStart(week);
        return c.course().pauses().stream().anyMatch(p -> p.touches(from, from.plusDays(6)));
    }
}
