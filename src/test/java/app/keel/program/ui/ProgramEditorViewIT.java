package app.keel.program.ui;

import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramService;
import app.keel.program.ProgressionKind;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ProgramEditorViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExerciseService exercises;

    StudioSetup studio;
    ProgramDetails program;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Editor Client");
        ProgramDraft draft = new ProgramDraft();
        draft.setKind(ProgramKind.LOAD_PROGRESSION);
        draft.setTitle("Editor program");
        draft.setStartDate(LocalDate.of(2031, 3, 3));
        draft.setWeeks(8);
        draft.setDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        draft.setProgressionKind(ProgressionKind.KG_LOAD);
        draft.setProgressionAmount(new BigDecimal("2.5"));
        program = as(studio.practitioner(), () -> programs.create(client.id(), draft));
        BrowserlessSignIn.as(studio.practitioner());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void adding_from_the_library_puts_the_exercise_in_the_grid_and_the_week_plan() {
        ProgramEditorView view = open();
        test(find(com.vaadin.flow.component.button.Button.class).withText("Add from library").single()).click();
        ExercisePickerDialog picker = find(ExercisePickerDialog.class).single();
        test(picker.search).setValue("kettlebell deadlift");
        test(picker.grid).clickRow(0);

        assertThat(exerciseNames(view)).containsExactly("Kettlebell deadlift");
        WeekPlanGrid plan = find(WeekPlanGrid.class).single();
        assertThat(plan.getColumns()).hasSize(9);
        assertThat(plan.getColumnByKey("week-4").getHeaderText()).endsWith("· deload");
        assertThat(plan.getColumnByKey("week-3").getHeaderText()).doesNotContain("deload");
    }

    @Test
    void an_invalid_cell_shows_its_error_and_nothing_is_saved_then_a_valid_edit_updates_the_plan() {
        PrescriptionRow row = add("kettlebell deadlift");
        ProgramEditorView view = open();
        PrescriptionGrid grid = view.prescriptions;
        roundTrip(); // the grid's rows reach the (simulated) client before one can be edited
        grid.getEditor().editItem(grid.getListDataView().getItem(0));
        roundTrip();
        IntegerField sets = (IntegerField) grid.editors.get("sets");
        sets.setValue(25);
        assertThat(grid.saveEditor()).isFalse();
        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Sets: 1 to 20.");
        assertThat(jdbc.queryForObject("select sets from prescription where id = ?", Integer.class, row.id()))
                .isEqualTo(row.sets());

        sets.setValue(3);
        ((IntegerField) grid.editors.get("reps")).setValue(8);
        @SuppressWarnings("unchecked")
        Select<LoadKind> load = (Select<LoadKind>) grid.editors.get("loadKind");
        load.setValue(LoadKind.KG);
        ((BigDecimalField) grid.editors.get("loadKg")).setValue(new BigDecimal("20"));
        assertThat(grid.saveEditor()).isTrue();
        assertThat(jdbc.queryForMap("select sets, reps, load_kg from prescription where id = ?", row.id()))
                .containsEntry("sets", 3).containsEntry("reps", 8);
        WeekPlanGrid plan = find(WeekPlanGrid.class).single();
        assertThat(test(plan).getCellText(0, 1)).isEqualTo("3 × 8 · 20 kg");
        // Week 2 holds: the gate is on by default and there are no logs yet (no evidence to progress on).
        assertThat(test(plan).getCellText(0, 2)).isEqualTo("3 × 8 · 20 kg");
        assertThat(test(plan).getCellText(0, 4)).as("the deload week").isEqualTo("2 × 8 · 12 kg");
    }

    @Test
    void an_items_own_rule_is_edited_in_its_dialog_and_a_refused_cap_shows_on_its_field() {
        PrescriptionRow added = add("kettlebell deadlift");
        PrescriptionDraft loaded = added.toDraft();
        loaded.setLoadKind(LoadKind.KG);
        loaded.setLoadKg(new BigDecimal("6"));
        PrescriptionRow row = as(studio.practitioner(), () -> items.update(added.id(), added.version(), loaded));
        open();
        boolean[] saved = {false};
        ItemProgressionDialog dialog = new ItemProgressionDialog(row,
                draft -> items.update(row.id(), row.version(), draft), () -> saved[0] = true);
        dialog.open();
        roundTrip();
        assertThat(dialog.repFloor.isVisible()).isFalse();
        dialog.kind.setValue(ProgressionKind.KG_LOAD);
        dialog.amount.setValue(new BigDecimal("1"));
        dialog.cap.setValue(new BigDecimal("5"));
        test(dialog.save).click();
        assertThat(dialog.cap.isInvalid()).isTrue();
        assertThat(dialog.cap.getErrorMessage()).contains("below this item's prescribed dose (6 kg)");
        assertThat(jdbc.queryForObject("select progression_kind from prescription where id = ?", String.class,
                row.id())).isNull();

        dialog.cap.setValue(new BigDecimal("8"));
        dialog.equipment.setValue(LoadEquipment.DUMBBELL);
        test(dialog.save).click();
        assertThat(saved[0]).isTrue();
        PrescriptionRow stored = as(studio.practitioner(), () -> items.rows(program.id())).getFirst();
        assertThat(ItemProgressionDialog.summary(stored)).isEqualTo("+ kg per week (1), cap 8 · Dumbbells");
    }

    @Test
    void rows_can_be_reordered() {
        add("heel slides");
        add("kettlebell deadlift");
        PrescriptionRow last = add("carry a weight in one hand");
        as(studio.practitioner(), () -> {
            items.move(last.id(), last.version(), 0);
            return null;
        });
        ProgramEditorView view = open();
        assertThat(exerciseNames(view)).containsExactly("Carry a weight in one hand",
                "Heel slides, lying on your back", "Kettlebell deadlift");
    }

    @Test
    void consecutive_own_adds_raise_no_false_conflict_and_a_lost_race_keeps_the_picker_open() {
        ProgramEditorView view = open();
        pick("kettlebell deadlift");
        pick("heel slides");
        assertThat(find(ExercisePickerDialog.class).all()).as("each own add closed its picker").isEmpty();
        assertThat(exerciseNames(view)).containsExactly("Kettlebell deadlift", "Heel slides, lying on your back");

        // The admin adds an item meanwhile: the page's next add is refused and its picker stays as typed.
        as(studio.admin(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.admin(), "dead bug")));
        pick("bird dog");
        ExercisePickerDialog picker = find(ExercisePickerDialog.class).single();
        assertThat(picker.isOpened()).isTrue();
        assertThat(picker.search.getValue()).isEqualTo("bird dog");
        assertThat(jdbc.queryForObject("select count(*) from prescription where program_id = ?", Long.class,
                program.id())).as("nothing added").isEqualTo(3L);
    }

    private void pick(String search) {
        test(find(com.vaadin.flow.component.button.Button.class).withText("Add from library").single()).click();
        ExercisePickerDialog picker = find(ExercisePickerDialog.class).single();
        test(picker.search).setValue(search);
        test(picker.grid).clickRow(0);
    }

    @Test
    void a_program_whose_stored_rule_cannot_be_worked_out_shows_the_notice_instead_of_the_week_plan() {
        add("kettlebell deadlift");
        open();
        assertThat(find(WeekPlanGrid.class).exists()).isTrue();
        assertThat(find(Paragraph.class).withId("plan-attention").exists()).isFalse();

        jdbc.update("update program set progression_kind = 'HOLD_SECONDS', progression_amount = 5, "
                + "progression_cap = 0.5 where id = ?", program.id());
        open();
        assertThat(find(Paragraph.class).withId("plan-attention").single().getText())
                .startsWith("This program needs attention");
        assertThat(find(WeekPlanGrid.class).exists()).isFalse();
    }

    private ProgramEditorView open() {
        return navigate(ProgramEditorView.class, Map.of("programId", String.valueOf(program.id())));
    }

    private PrescriptionRow add(String search) {
        return as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), search)));
    }

    private static List<String> exerciseNames(ProgramEditorView view) {
        Grid<PrescriptionGrid.Line> grid = view.prescriptions;
        return grid.getListDataView().getItems().map(l -> l.row.exerciseName()).toList();
    }
}
