package app.keel.program;

import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.studio.LoadSteps;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An item's own progression rule and cap, and the studio's equipment steps: stored, checked, and used by the plan. */
@KeelIntegrationTest
class ItemProgressionIT {

    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    StudioService studios;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    StudioSetup studio;
    ProgramDetails program;
    PrescriptionRow item;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Item Rule Client");
        ProgramDraft draft = ProgramFixtures.loadProgram(LocalDate.of(2026, 3, 2), 6);
        draft.setGateEnabled(false);
        draft.setDeloadEveryNthWeek(null);
        draft.setDeloadVolumePercent(null);
        program = as(studio.practitioner(), () -> programs.create(client.id(), draft));
        PrescriptionRow added = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell")));
        item = save(added, d -> {
            d.setLoadKind(LoadKind.KG);
            d.setLoadKg(new BigDecimal("6"));
            d.setReps(10);
            d.setHoldSeconds(null);
        });
    }

    private PrescriptionRow save(PrescriptionRow row, Consumer<PrescriptionDraft> change) {
        PrescriptionDraft d = row.toDraft();
        change.accept(d);
        return as(studio.practitioner(), () -> items.update(row.id(), row.version(), d));
    }

    private List<BigDecimal> loads() {
        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(plan.attention()).isNull();
        return plan.items().getFirst().loadsKg();
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select * from prescription where id = ?", item.id());
    }

    @Test
    void without_its_own_rule_an_item_follows_the_programs_rule_in_half_kilo_plates() {
        assertThat(loads()).extracting(BigDecimal::toPlainString)
                .containsExactly("6.0", "8.5", "11.0", "13.5", "16.0", "18.5");
    }

    @Test
    void an_items_own_rule_and_cap_replace_the_programs_and_are_stored() {
        PrescriptionRow saved = save(item, d -> {
            d.setProgressionKind(ProgressionKind.KG_LOAD);
            d.setProgressionAmount(new BigDecimal("1"));
            d.setProgressionCap(new BigDecimal("8"));
        });
        assertThat(saved.ownRule()).hasValueSatisfying(r -> assertThat(r.cap()).isEqualByComparingTo("8"));
        assertThat(stored()).containsEntry("progression_kind", "KG_LOAD");
        assertThat(loads()).extracting(BigDecimal::toPlainString)
                .containsExactly("6.0", "7.0", "8.0", "8.0", "8.0", "8.0");
    }

    @Test
    void dumbbells_step_by_the_studios_increment_one_step_a_week_at_most() {
        as(studio.admin(), () -> studios.chooseLoadSteps(studio.studioId(), new LoadSteps(new BigDecimal("2"),
                new BigDecimal("4"), new BigDecimal("2.5"))));
        save(item, d -> {
            d.setProgressionKind(ProgressionKind.KG_LOAD);
            d.setProgressionAmount(new BigDecimal("1"));
            d.setLoadEquipment(LoadEquipment.DUMBBELL);
        });
        assertThat(loads()).extracting(BigDecimal::toPlainString)
                .containsExactly("6.0", "6.0", "8.0", "8.0", "10.0", "10.0");

        // The program's +2.5 kg a week on kettlebells of 4 kg: held to one bell a week, and the plan says so.
        PrescriptionRow current = as(studio.practitioner(), () -> items.rows(program.id())).getFirst();
        save(current, d -> {
            d.setProgressionKind(null);
            d.setLoadEquipment(LoadEquipment.KETTLEBELL);
        });
        assertThat(loads()).extracting(BigDecimal::toPlainString)
                .containsExactly("6.0", "6.0", "10.0", "10.0", "14.0", "18.0");
        as(studio.admin(), () -> studios.chooseLoadSteps(studio.studioId(), new LoadSteps(new BigDecimal("1"),
                new BigDecimal("2"), new BigDecimal("2.5"))));
        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w)
                .contains("more than one kettlebells step (2 kg) a week; Keel adds one step a week at most"));
    }

    @Test
    void an_items_rule_is_checked_against_the_item_and_a_refusal_changes_nothing() {
        Map<String, Object> before = stored();
        refused(d -> {
            d.setProgressionKind(ProgressionKind.KG_LOAD);
            d.setProgressionAmount(new BigDecimal("1"));
            d.setProgressionCap(new BigDecimal("5"));
        }, "progressionCap", "below this item's prescribed dose (6 kg)");
        refused(d -> {
            d.setProgressionKind(ProgressionKind.HOLD_SECONDS);
            d.setProgressionAmount(new BigDecimal("5"));
            d.setHoldSeconds(10);
            d.setProgressionCap(new BigDecimal("20.5"));
        }, "progressionCap", "whole seconds");
        refused(d -> {
            d.setProgressionKind(ProgressionKind.HOLD_SECONDS);
            d.setProgressionAmount(new BigDecimal("5"));
        }, "progressionKind", "no hold");
        refused(d -> {
            d.setProgressionKind(ProgressionKind.PERCENT_LOAD);
            d.setProgressionAmount(new BigDecimal("5"));
            d.setLoadKind(LoadKind.BODYWEIGHT);
        }, "progressionKind", "not loaded in kg");
        refused(d -> {
            d.setProgressionKind(ProgressionKind.DOUBLE_PROGRESSION);
            d.setProgressionAmount(new BigDecimal("2.5"));
            d.setRepFloor(12);
            d.setRepCeiling(8);
        }, "repCeiling", "at least the floor");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_programs_cap_is_not_checked_against_an_item_with_its_own_rule() {
        save(item, d -> {
            d.setLoadKg(new BigDecimal("50"));
            d.setProgressionKind(ProgressionKind.NONE);
        });
        ProgramDetails current = as(studio.practitioner(), () -> programs.get(program.id()));
        ProgramDetails saved = as(studio.practitioner(), () -> programs.update(program.id(), current.version(),
                current.draft()));
        assertThat(saved.draft().getProgressionCap()).isEqualByComparingTo("40");
        assertThat(loads()).allSatisfy(l -> assertThat(l).isEqualByComparingTo("50"));
    }

    @Test
    void an_exercise_done_one_side_at_a_time_says_each_side_in_the_week_plan() {
        as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "Side plank on your knees")));
        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(plan.items().get(1).exercise()).isEqualTo("Side plank on your knees");
        assertThat(plan.items().get(1).doses()).allSatisfy(d -> assertThat(d).endsWith(" · each side"));
        assertThat(plan.items().getFirst().doses()).noneSatisfy(d -> assertThat(d).contains("each side"));
    }

    @Test
    void equipment_steps_must_be_real_half_kilo_steps_and_only_an_admin_sets_them() {
        assertThatThrownBy(() -> as(studio.admin(), () -> studios.chooseLoadSteps(studio.studioId(),
                new LoadSteps(new BigDecimal("0.2"), new BigDecimal("4"), new BigDecimal("2.5")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("dumbbellKg", "Give a step of 0.5 to 20 kg, in steps of 0.5 kg."));
        assertThat(jdbc.queryForObject("select dumbbell_step_kg from studio where id = ?", BigDecimal.class,
                studio.studioId())).isEqualByComparingTo("1");
    }

    private void refused(Consumer<PrescriptionDraft> change, String field, String message) {
        PrescriptionDraft d = item.toDraft();
        change.accept(d);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.update(item.id(), item.version(), d)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(field))
                        .contains(message));
    }
}
