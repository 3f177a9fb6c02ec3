package app.keel.program.dosage;

import app.keel.program.dosage.DosageGenerators.Scenario;
import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.keel.program.dosage.DosageGenerators.scenarios;
import static app.keel.program.dosage.DoseOrder.assertNotAbove;
import static app.keel.support.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine's invariants over random programs (1000 of them per property unless -Dkeel.property.tries says otherwise). */
class DosagePropertyTest {

    private static final DosageEngine ENGINE = new DosageEngine();

    // With the gate on, deloads change the pain baseline and so which later weeks open: compared without the gate.
    @Test
    void a_deload_never_raises_a_dose() {
        forAll(scenarios().map(s -> new Scenario(s.calendar(), s.items(), ProgressionGate.OFF, s.outcomes(),
                s.deloads(), s.probes())), s -> {
            WeekPlan with = plan(s, s.deloads());
            WeekPlan without = plan(s, List.of());
            for (int week = 0; week < s.calendar().weeks(); week++) {
                for (int item = 0; item < s.items().size(); item++) {
                    assertNotAbove(with.dose(week, item), without.dose(week, item), s.items().get(item), "week " + week);
                }
            }
            for (LocalDate date : s.probes()) {
                for (PlanItem item : s.items()) {
                    Optional<Dose> deloaded = doseOn(s, date, item, s.deloads());
                    doseOn(s, date, item, List.of()).ifPresent(normal ->
                            assertNotAbove(deloaded.orElseThrow(), normal, item, date.toString()));
                }
            }
        });
    }

    @Test
    void outside_deloads_progression_never_goes_down() {
        forAll(scenarios(), s -> {
            WeekPlan plan = plan(s, s.deloads());
            for (int item = 0; item < s.items().size(); item++) {
                Dose previous = null;
                for (int week = 0; week < plan.weeks(); week++) {
                    if (!plan.isDeloadWeek(week)) {
                        Dose dose = plan.dose(week, item);
                        if (previous != null) {
                            assertNotAbove(previous, dose, s.items().get(item), "week " + week);
                        }
                        previous = dose;
                    }
                }
                Dose previousDay = null;
                for (LocalDate date : s.probes()) {
                    Optional<Dose> dose = doseOn(s, date, s.items().get(item), s.deloads());
                    if (dose.isPresent() && !dose.get().deload()) {
                        if (previousDay != null) {
                            assertNotAbove(previousDay, dose.get(), s.items().get(item), date.toString());
                        }
                        previousDay = dose.get();
                    }
                }
            }
        });
    }

    @Test
    void caps_and_ranges_always_hold() {
        forAll(scenarios(), s -> {
            WeekPlan plan = plan(s, s.deloads());
            for (int week = 0; week < plan.weeks(); week++) {
                for (int item = 0; item < s.items().size(); item++) {
                    assertWithinLimits(plan.dose(week, item), s.items().get(item));
                }
            }
        });
    }

    @Test
    void no_dose_outside_the_program_or_on_unscheduled_days() {
        forAll(scenarios(), s -> {
            LocalDate lastDay = s.calendar().start().plusDays(7L * s.calendar().weeks() - 1);
            for (LocalDate date : s.probes()) {
                boolean inProgram = !date.isBefore(s.calendar().start()) && !date.isAfter(lastDay);
                boolean expected = inProgram && s.calendar().schedule().days().contains(date.getDayOfWeek());
                assertThat(doseOn(s, date, s.items().getFirst(), s.deloads())).as(date.toString())
                        .matches(dose -> dose.isPresent() == expected);
            }
        });
    }

    @Test
    void with_the_gate_off_and_no_deloads_week_w_is_w_steps() {
        forAll(scenarios(), s -> {
            WeekPlan plan = ENGINE.plan(s.calendar(), s.items(), ProgressionGate.OFF, s.outcomes(), List.of());
            assertThat(plan.deloadWeeks()).isEmpty();
            for (int week = 0; week < plan.weeks(); week++) {
                assertThat(plan.week(week)).extracting(Dose::progressionSteps).containsOnly(week);
            }
        });
    }

    // Flare-up deloads have their own graded return (CoursePropertyTest); here every deload is a planned one.
    @Test
    void a_week_is_a_step_exactly_when_it_is_no_deload_week_and_its_gate_opens() {
        forAll(scenarios().map(DosagePropertyTest::withoutFlareUps), s -> {
            WeekPlan plan = plan(s, s.deloads());
            int steps = 0;
            for (int week = 1; week < plan.weeks(); week++) {
                boolean deloadWeek = anyScheduledDayCovered(s, week);
                assertThat(plan.isDeloadWeek(week)).as("deload week %d", week).isEqualTo(deloadWeek);
                if (!deloadWeek && s.gate().allowsProgressionInto(week, s.outcomes(), plan::isDeloadWeek)) {
                    steps++;
                }
                assertThat(plan.dose(week, 0).progressionSteps()).as("steps of week %d", week).isEqualTo(steps);
            }
        });
    }

    @Test
    void the_plan_agrees_with_the_dose_of_each_week_and_day() {
        forAll(scenarios(), s -> {
            WeekPlan plan = plan(s, s.deloads());
            for (LocalDate date : s.probes()) {
                if (!s.calendar().isScheduled(date)) {
                    continue;
                }
                int week = s.calendar().weekOf(date).orElseThrow();
                // The grid takes a deload week's volume from its first covered day; other weeks (and the weeks of a
                // graded return, which cover the whole week) look like any day.
                LocalDate covered = firstCoveredScheduledDay(s, week);
                LocalDate sameDoseDay = plan.isDeloadWeek(week) && covered != null ? covered : date;
                for (int item = 0; item < s.items().size(); item++) {
                    PlanItem planItem = s.items().get(item);
                    assertThat(ENGINE.doseForWeek(week, s.calendar(), planItem, s.gate(),
                            s.outcomes(), s.deloads())).isEqualTo(plan.dose(week, item));
                    assertThat(doseOn(s, sameDoseDay, planItem, s.deloads())).hasValue(plan.dose(week, item));
                }
            }
        });
    }

    private static void assertWithinLimits(Dose dose, PlanItem item) {
        BaseDose base = item.base();
        assertThat(dose.sets()).isBetween(1, DoseLimits.MAX_SETS);
        assertPresentLike(dose.reps(), base.reps(), DoseLimits.MAX_REPS, "reps");
        assertPresentLike(dose.holdSeconds(), base.holdSeconds(), DoseLimits.MAX_HOLD_SECONDS, "hold");
        assertPresentLike(dose.minutes(), base.minutes(), DoseLimits.MAX_MINUTES, "minutes");
        assertThat(dose.timesPerDay()).isEqualTo(base.timesPerDay());
        assertThat(dose.loadKg() == null).as("load present like the base").isEqualTo(base.loadKg() == null);
        if (dose.loadKg() != null) {
            assertThat(dose.loadKg()).isBetween(BigDecimal.ZERO, DoseLimits.MAX_LOAD_KG);
            assertThat(dose.loadKg().remainder(new BigDecimal("0.5"))).as("multiple of 0.5 kg").isZero();
            BigDecimal cap = switch (item.rule()) {
                case PercentLoadPerWeek p -> p.capKg();
                case KgPerWeek k -> k.capKg();
                case DoubleProgression d -> d.capKg();
                default -> null;
            };
            if (cap != null) {
                assertThat(dose.loadKg()).as("load cap (or the base above it)").isLessThanOrEqualTo(cap.max(base.loadKg()));
            }
        }
        if (item.rule() instanceof HoldSecondsPerWeek h && h.capSeconds() != null && base.holdSeconds() != null) {
            assertThat(dose.holdSeconds()).as("hold cap").isLessThanOrEqualTo(Math.max(h.capSeconds(), base.holdSeconds()));
        }
        if (item.rule() instanceof DoubleProgression d && base.reps() != null && base.loadKg() != null) {
            assertThat(dose.reps()).as("reps within the band, or as prescribed above it")
                    .isLessThanOrEqualTo(Math.max(d.repCeiling(), base.reps()));
        }
    }

    private static void assertPresentLike(Integer value, Integer base, int max, String what) {
        assertThat(value == null).as(what + " present like the base").isEqualTo(base == null);
        if (value != null) {
            assertThat(value).as(what).isBetween(1, max);
        }
    }

    private static Scenario withoutFlareUps(Scenario s) {
        return new Scenario(s.calendar(), s.items(), s.gate(), s.outcomes(), s.deloads().stream()
                .map(p -> new DeloadPeriod(p.start(), p.end(), p.volumePercent(), DeloadReason.PLANNED)).toList(),
                s.probes());
    }

    private static boolean anyScheduledDayCovered(Scenario s, int week) {
        return firstCoveredScheduledDay(s, week) != null;
    }

    private static LocalDate firstCoveredScheduledDay(Scenario s, int week) {
        for (int day = 0; day < 7; day++) {
            LocalDate date = s.calendar().start().plusDays(7L * week + day);
            if (s.calendar().isScheduled(date) && s.deloads().stream().anyMatch(p -> p.covers(date))) {
                return date;
            }
        }
        return null;
    }

    private static WeekPlan plan(Scenario s, List<DeloadPeriod> deloads) {
        return ENGINE.plan(s.calendar(), s.items(), s.gate(), s.outcomes(), deloads);
    }

    private static Optional<Dose> doseOn(Scenario s, LocalDate date, PlanItem item, List<DeloadPeriod> deloads) {
        return ENGINE.doseOn(date, s.calendar(), item, s.gate(), s.outcomes(), Course.of(deloads));
    }
}
