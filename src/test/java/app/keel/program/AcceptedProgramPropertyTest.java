package app.keel.program;

import app.keel.base.InvalidInputException;
import app.keel.exercise.LoadKind;
import app.keel.program.dosage.BaseDose;
import app.keel.program.dosage.Course;
import app.keel.program.dosage.DeloadPeriod;
import app.keel.program.dosage.DosageEngine;
import app.keel.program.dosage.FixedOutcomes;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeekPlan;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.support.Gen;
import app.keel.support.PropertyCheck;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static app.keel.support.Gen.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever a practitioner types, a program the service accepts must turn into doses: the drafts here are drawn from
 * the form's whole range (and beyond), the service's own rules decide which are accepted, and every accepted one goes
 * through the same translation and engine as the week plan and the client's page.
 */
class AcceptedProgramPropertyTest {

    private static final ProgramRules RULES = new ProgramRules(
            Validation.buildDefaultValidatorFactory().getValidator(), null);
    private static final DosageEngine ENGINE = new DosageEngine();
    private static final List<String> AMOUNTS = List.of("0", "0.3", "0.5", "1", "1.5", "2.5", "7", "50", "120", "500");
    private static final List<String> CAPS = List.of("0", "0.2", "0.5", "0.9", "1", "1.5", "12.5", "40", "500", "600");

    record Case(ProgramDraft draft, List<PrescriptionDraft> items) {
        @Override
        public String toString() {
            return "kind=" + draft.getProgressionKind() + " amount=" + draft.getProgressionAmount() + " cap="
                    + draft.getProgressionCap() + " reps=" + draft.getRepFloor() + ".." + draft.getRepCeiling()
                    + " weeks=" + draft.getWeeks() + " deload=" + draft.getDeloadEveryNthWeek() + "@"
                    + draft.getDeloadVolumePercent() + "/" + draft.getDeloadIntensityPercent() + " return="
                    + draft.getFlareReturn() + " gate=" + draft.isGateEnabled();
        }
    }

    @Test
    void every_program_draft_the_service_accepts_yields_a_week_plan_without_an_exception() {
        int[] accepted = {0};
        PropertyCheck.forAll(cases(), c -> {
            if (!accepts(c.draft())) {
                return;
            }
            accepted[0]++;
            Program program = new Program(1, 1, 1);
            program.apply(c.draft(), "Test");
            ProgramCalendar calendar = EngineInputs.calendar(program);
            List<DeloadPeriod> deloads = EngineInputs.deloadRule(program).map(r -> r.generate(calendar))
                    .orElse(List.of());
            List<PlanItem> items = c.items().stream().filter(AcceptedProgramPropertyTest::acceptsItem)
                    .map(i -> new PlanItem(base(i), EngineInputs.rule(program))).toList();
            WeekPlan plan = ENGINE.plan(calendar, items, EngineInputs.gate(program), FixedOutcomes.empty(),
                    new Course(deloads, List.of(), EngineInputs.course(program, List.of(), List.of())
                            .flareReturnPercents()));
            assertThat(plan.weeks()).isEqualTo(program.getWeeks());
        });
        assertThat(accepted[0]).as("the generator must reach accepted drafts").isPositive();
    }

    @Test
    void a_hold_cap_below_one_second_is_refused_with_a_clear_message() {
        ProgramDraft draft = ProgramFixtures.loadProgram(LocalDate.of(2031, 3, 3), 8);
        draft.setProgressionKind(ProgressionKind.HOLD_SECONDS);
        draft.setProgressionAmount(new BigDecimal("5"));
        draft.setProgressionCap(new BigDecimal("0.5"));
        assertThatThrownBy(() -> RULES.check(draft)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longest hold in whole seconds");
        draft.setProgressionCap(new BigDecimal("30.5"));
        assertThatThrownBy(() -> RULES.check(draft)).isInstanceOf(InvalidInputException.class);
        draft.setProgressionCap(new BigDecimal("30"));
        RULES.check(draft);
    }

    @Test
    void a_load_cap_of_zero_is_refused_because_it_would_stop_every_item() {
        ProgramDraft draft = ProgramFixtures.loadProgram(LocalDate.of(2031, 3, 3), 8);
        draft.setProgressionCap(BigDecimal.ZERO);
        assertThatThrownBy(() -> RULES.check(draft)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("heaviest load");
        draft.setProgressionCap(null);
        RULES.check(draft);
    }

    private static boolean accepts(ProgramDraft draft) {
        try {
            RULES.check(draft);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static boolean acceptsItem(PrescriptionDraft item) {
        try {
            RULES.check(item);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** As {@link EngineInputs#base} reads a saved item: the load counts only for items loaded in kg. */
    private static BaseDose base(PrescriptionDraft d) {
        return new BaseDose(d.getSets(), d.getReps(), d.getHoldSeconds(),
                d.getLoadKind() == LoadKind.KG ? d.getLoadKg() : null, d.getMinutes(), d.getTimesPerDay());
    }

    private static Gen<Case> cases() {
        return random -> {
            ProgramDraft d = new ProgramDraft();
            d.setKind(Gen.pick(ProgramKind.values()).next(random));
            d.setTitle("Program");
            d.setStartDate(LocalDate.of(2030, 1, 1).plusDays(ints(0, 400).next(random)));
            d.setWeeks(ints(0, 53).next(random));
            d.setDays(days().next(random));
            d.setSessionsPerDay(ints(0, 7).next(random));
            d.setProgressionKind(Gen.pick(ProgressionKind.values()).next(random));
            d.setProgressionAmount(decimal(AMOUNTS).orNull(10).next(random));
            d.setProgressionCap(decimal(CAPS).orNull(30).next(random));
            d.setRepFloor(ints(0, 101).orNull(20).next(random));
            d.setRepCeiling(ints(0, 101).orNull(20).next(random));
            d.setGateEnabled(Gen.booleans().next(random));
            d.setGateMinAdherence(ints(-1, 101).next(random));
            d.setGatePainRise(ints(0, 11).next(random));
            d.setDeloadEveryNthWeek(ints(1, 13).orNull(20).next(random));
            d.setDeloadVolumePercent(ints(9, 101).orNull(20).next(random));
            d.setDeloadIntensityPercent(ints(9, 101).orNull(20).next(random));
            d.setFlareReturn(Gen.pick("60, 80", "", "50", "80, 60", "100", "9", "60 80", "40,60,80,90",
                    "40,50,60,70,80", "x").orNull(10).next(random));
            return new Case(d, Gen.listOf(item(), 0, 4).next(random));
        };
    }

    private static Gen<PrescriptionDraft> item() {
        return random -> {
            PrescriptionDraft i = new PrescriptionDraft();
            i.setSets(ints(0, 21).next(random));
            i.setReps(ints(0, 101).orNull(40).next(random));
            i.setHoldSeconds(ints(0, 601).orNull(60).next(random));
            i.setLoadKind(Gen.pick(LoadKind.values()).next(random));
            i.setLoadKg(decimal(CAPS).orNull(30).next(random));
            i.setMinutes(ints(0, 241).orNull(60).next(random));
            i.setTimesPerDay(ints(0, 25).orNull(60).next(random));
            return i;
        };
    }

    private static Gen<BigDecimal> decimal(List<String> values) {
        return random -> new BigDecimal(values.get(random.nextInt(values.size())));
    }

    private static Gen<Set<DayOfWeek>> days() {
        return random -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    days.add(day);
                }
            }
            return days;
        };
    }
}
