package app.keel.program;

import app.keel.account.security.KeelUser;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.plan.MyProgramService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.SqlStatements;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class ProgramServiceIT {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;
    @Autowired
    MyProgramService myPrograms;
    @Autowired
    java.time.Clock clock;

    StudioSetup studio;
    ClientDetails client;
    ProgramDetails program;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Program Client");
        program = as(studio.practitioner(), () -> programs.create(client.id(), ProgramFixtures.loadProgram(MONDAY, 8)));
    }

    @Test
    void a_new_program_is_a_draft_with_deloads_from_its_rule() {
        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(program.endDate()).isEqualTo(MONDAY.plusWeeks(8).minusDays(1));
        assertThat(program.deloads()).extracting(DeloadRow::startDate)
                .containsExactly(MONDAY.plusWeeks(3), MONDAY.plusWeeks(7));
        assertThat(program.deloads()).allSatisfy(d -> {
            assertThat(d.volumePercent()).isEqualTo(60);
            assertThat(d.reason()).isEqualTo(DeloadReason.PLANNED);
        });
    }

    @Test
    void items_come_from_the_library_and_an_invalid_cell_saves_nothing() {
        long hinge = ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell");
        PrescriptionRow row = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(), hinge));
        assertThat(row.stopRule()).isEqualTo(PrescriptionDraft.DEFAULT_STOP_RULE);

        PrescriptionDraft bad = row.toDraft();
        bad.setSets(21);
        bad.setTargetRpe(11);
        String before = jdbc.queryForObject("select p::text from prescription p where id = ?", String.class, row.id());
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.update(row.id(), row.version(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("sets", "Sets: 1 to 20.").containsEntry("targetRpe", "Effort (RPE): 0 to 10."));
        assertThat(jdbc.queryForObject("select p::text from prescription p where id = ?", String.class, row.id()))
                .isEqualTo(before);

        PrescriptionDraft kg = row.toDraft();
        kg.setLoadKind(LoadKind.KG);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.update(row.id(), row.version(), kg)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("loadKg"));
        kg.setLoadKg(new BigDecimal("12.5"));
        kg.setReps(8);
        PrescriptionRow saved = as(studio.practitioner(), () -> items.update(row.id(), row.version(), kg));
        assertThat(saved.loadText()).isEqualTo("12.5 kg");
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.update(row.id(), row.version(), kg)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_lost_race_on_an_item_names_who_changed_the_program_and_removes_or_moves_nothing() {
        PrescriptionRow a = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug")));
        long b = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "bird dog"))).id();
        // The admin moves the second item to the top meanwhile: the first one's place (and version) changes.
        TestFixtures.run(studio.admin(), () -> items.move(b, itemVersion(b), 0));
        String before = jdbc.queryForList("select id || ':' || position || ':' || version from prescription "
                + "where program_id = ? order by id", String.class, program.id()).toString();

        for (Runnable stale : new Runnable[]{() -> items.remove(a.id(), a.version()),
                () -> items.move(a.id(), a.version(), 1)}) {
            assertThatThrownBy(() -> TestFixtures.run(studio.practitioner(), stale))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageStartingWith(studio.admin().displayName() + " changed this record");
            assertThat(jdbc.queryForList("select id || ':' || position || ':' || version from prescription "
                    + "where program_id = ? order by id", String.class, program.id()).toString())
                    .as("database unchanged").isEqualTo(before);
        }
    }

    @Test
    void a_lost_race_on_an_add_names_who_changed_the_program_and_adds_nothing() {
        long seen = program.version();
        long deadBug = ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug");
        // The admin adds an item meanwhile (the practitioner's page still shows the program without it).
        as(studio.admin(), () -> items.add(program.id(), seen, deadBug));
        String before = programState();

        DeloadDraft travel = new DeloadDraft(MONDAY.plusDays(1), MONDAY.plusDays(3), 50, DeloadReason.TRAVEL);
        PrescriptionDraft copy = as(studio.admin(), () -> items.rows(program.id())).getFirst().toDraft();
        for (Runnable stale : new Runnable[]{() -> items.add(program.id(), seen, deadBug),
                () -> items.addCopy(program.id(), seen, deadBug, copy),
                () -> programs.addDeload(program.id(), seen, travel)}) {
            assertThatThrownBy(() -> TestFixtures.run(studio.practitioner(), stale))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageStartingWith(studio.admin().displayName() + " changed this record");
            assertThat(programState()).as("database unchanged").isEqualTo(before);
        }
    }

    @Test
    void a_deload_added_meanwhile_refuses_an_add_over_the_older_version() {
        long seen = program.version();
        as(studio.admin(), () -> programs.addDeload(program.id(), seen, new DeloadDraft(MONDAY.plusDays(1),
                MONDAY.plusDays(3), 50, DeloadReason.TRAVEL)));
        String before = programState();
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.add(program.id(), seen,
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "bird dog"))))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageStartingWith(studio.admin().displayName() + " changed this record");
        assertThat(programState()).as("database unchanged").isEqualTo(before);
    }

    @Test
    void ones_own_consecutive_changes_carry_the_new_version_and_raise_no_false_conflict() {
        // The same person twice in a row: the version must still move (the editor's name does not change).
        PrescriptionRow first = as(studio.practitioner(), () -> items.add(program.id(), program.version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug")));
        assertThat(first.programVersion()).isGreaterThan(program.version());
        PrescriptionRow second = as(studio.practitioner(), () -> items.add(program.id(), first.programVersion(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "bird dog")));
        assertThat(second.programVersion()).isGreaterThan(first.programVersion());
        long moved = as(studio.practitioner(), () -> items.move(second.id(), second.version(), 0));
        ProgramDetails withDeload = as(studio.practitioner(), () -> programs.addDeload(program.id(), moved,
                new DeloadDraft(MONDAY.plusDays(1), MONDAY.plusDays(3), 50, DeloadReason.TRAVEL)));
        ProgramDetails saved = as(studio.practitioner(), () -> programs.update(program.id(), withDeload.version(),
                withDeload.draft()));
        assertThat(saved.version()).isEqualTo(jdbc.queryForObject("select version from program where id = ?",
                Long.class, program.id()));
        // An older version the same person held is refused: the version is the witness, not the name.
        assertThatThrownBy(() -> as(studio.practitioner(), () -> items.add(program.id(), first.programVersion(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "side plank"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select count(*) from prescription where program_id = ?", Long.class,
                program.id())).isEqualTo(2L);
    }

    private String programState() {
        return jdbc.queryForList("select 'item ' || id || ':' || position || ':' || version from prescription "
                + "where program_id = ? union all select 'deload ' || id || ':' || start_date || ':' || version "
                + "from deload_period where program_id = ? union all select 'program ' || version || ':' || updated_by "
                + "from program where id = ? order by 1", String.class, program.id(), program.id(), program.id())
                .toString();
    }

    private long itemVersion(long itemId) {
        return as(studio.practitioner(), () -> items.rows(program.id())).stream().filter(r -> r.id() == itemId)
                .findFirst().orElseThrow().version();
    }

    @Test
    void items_reorder_and_close_up_when_one_is_removed() {
        long a = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug"))).id();
        long b = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "bird dog"))).id();
        long c = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "side plank"))).id();
        TestFixtures.run(studio.practitioner(), () -> items.move(c, itemVersion(c), 0));
        assertThat(ids()).containsExactly(c, a, b);
        TestFixtures.run(studio.practitioner(), () -> items.remove(a, itemVersion(a)));
        assertThat(ids()).containsExactly(c, b);
        assertThat(as(studio.practitioner(), () -> items.rows(program.id()))).extracting(PrescriptionRow::position)
                .containsExactly(0, 1);
    }

    @Test
    void the_editor_grid_fetch_is_one_statement() {
        for (String name : List.of("dead bug", "bird dog", "side plank", "kettlebell")) {
            as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                    ProgramFixtures.builtIn(exercises, studio.practitioner(), name)));
        }
        SqlStatements.Counted<List<PrescriptionRow>> rows = sql.counting(() -> as(studio.practitioner(),
                () -> items.rows(program.id())));
        assertThat(rows.result()).hasSize(4);
        assertThat(rows.statements()).isEqualTo(1);
        assertThat(as(studio.otherPractitioner(), () -> items.rows(program.id()))).isEmpty();
    }

    @Test
    void the_clients_program_page_costs_the_same_statements_whatever_the_number_of_items() {
        KeelUser login = fixtures.clientLogin(studio.practitioner(), client.id());
        long added = as(studio.practitioner(), () -> items.add(program.id(), program.version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "heel slides"))).programVersion();
        ProgramDraft startsToday = program.draft();
        startsToday.setStartDate(LocalDate.now(clock.withZone(login.zoneId())));
        // Adding the item moved the program's version: the settings save goes over the one the add returned.
        long version = as(studio.practitioner(), () -> programs.update(program.id(), added, startsToday))
                .version();
        as(studio.practitioner(), () -> programs.changeStatus(program.id(), version, ProgramStatus.ACTIVE));
        long withOne = statementsFor(login);
        for (String name : List.of("bird dog", "side plank", "heel slides", "bridge")) {
            as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                    ProgramFixtures.builtIn(exercises, studio.practitioner(), name)));
        }
        assertThat(as(login, myPrograms::myPrograms).getFirst().today()).hasSize(5);
        assertThat(statementsFor(login)).isEqualTo(withOne);
    }

    private long statementsFor(KeelUser login) {
        return sql.during(() -> as(login, myPrograms::myPrograms));
    }

    @Test
    void the_week_plan_progresses_load_and_marks_deload_weeks() {
        long hinge = ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell");
        PrescriptionRow row = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(), hinge));
        PrescriptionDraft d = row.toDraft();
        d.setSets(3);
        d.setReps(8);
        d.setHoldSeconds(null);
        d.setLoadKind(LoadKind.KG);
        d.setLoadKg(new BigDecimal("20"));
        as(studio.practitioner(), () -> items.update(row.id(), row.version(), d));

        // The gate is on by default for a load program: without logs there is no evidence, so the dose holds.
        WeekPlanTable gated = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(gated.items().getFirst().doses()).containsExactly("3 × 8 · 20 kg", "3 × 8 · 20 kg",
                "3 × 8 · 20 kg", "2 × 8 · 12 kg", "3 × 8 · 20 kg", "3 × 8 · 20 kg", "3 × 8 · 20 kg",
                "2 × 8 · 12 kg");

        ProgramDetails current = as(studio.practitioner(), () -> programs.get(program.id()));
        ProgramDraft ungated = current.draft();
        ungated.setGateEnabled(false);
        as(studio.practitioner(), () -> programs.update(program.id(), current.version(), ungated));
        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(plan.weeks()).hasSize(8);
        assertThat(plan.weeks()).extracting(WeekPlanTable.Week::deload)
                .containsExactly(false, false, false, true, false, false, false, true);
        assertThat(plan.items().getFirst().doses()).containsExactly("3 × 8 · 20 kg", "3 × 8 · 22.5 kg",
                "3 × 8 · 25 kg", "2 × 8 · 15 kg", "3 × 8 · 27.5 kg", "3 × 8 · 30 kg", "3 × 8 · 32.5 kg",
                "2 × 8 · 19.5 kg");
    }

    @Test
    void status_moves_only_along_the_allowed_paths() {
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.changeStatus(program.id(), program.version(),
                ProgramStatus.ACTIVE))).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one");
        as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug")));
        long version = as(studio.practitioner(), () -> programs.get(program.id())).version();
        ProgramDetails active = as(studio.practitioner(), () -> programs.changeStatus(program.id(), version,
                ProgramStatus.ACTIVE));
        assertThat(active.nextStatuses()).containsExactlyInAnyOrder(ProgramStatus.PAUSED, ProgramStatus.COMPLETED);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.changeStatus(program.id(), active.version(),
                ProgramStatus.ARCHIVED))).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'PROGRAM' and subject_id = ?",
                String.class, program.id())).contains("PROGRAM_CREATED", "PROGRAM_CHANGED", "PROGRAM_STATUS_CHANGED");
    }

    @Test
    void a_loaded_library_exercise_asks_for_its_kilograms_before_the_program_starts() {
        PrescriptionRow row = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell deadlift")));
        assertThat(row.loadKind()).isEqualTo(LoadKind.KG);
        assertThat(row.loadText()).isEqualTo("— kg");
        assertThat(as(studio.practitioner(), () -> weekPlans.weekPlan(program.id())).items().getFirst().doses()
                .getFirst()).endsWith("· load not set");
        long version = as(studio.practitioner(), () -> programs.get(program.id())).version();
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.changeStatus(program.id(), version,
                ProgramStatus.ACTIVE))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Set the load in kg for item 1 before activating.");
        assertThat(jdbc.queryForObject("select status from program where id = ?", String.class, program.id()))
                .isEqualTo("DRAFT");
    }

    @Test
    void overlapping_or_outside_deloads_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.addDeload(program.id(),
                programs.get(program.id()).version(), new DeloadDraft(
                MONDAY.plusWeeks(3).plusDays(2), MONDAY.plusWeeks(4).plusDays(2), 50, DeloadReason.TRAVEL))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.addDeload(program.id(),
                programs.get(program.id()).version(), new DeloadDraft(
                MONDAY.minusDays(3), MONDAY.plusDays(1), 50, DeloadReason.TRAVEL))))
                .isInstanceOf(InvalidInputException.class);
        int before = jdbc.queryForObject("select count(*) from deload_period where program_id = ?", Integer.class,
                program.id());
        assertThat(before).isEqualTo(2);

        ProgramDetails travel = as(studio.practitioner(), () -> programs.addDeload(program.id(),
                programs.get(program.id()).version(), new DeloadDraft(
                MONDAY.plusWeeks(5), MONDAY.plusWeeks(5).plusDays(4), 40, DeloadReason.TRAVEL)));
        assertThat(travel.deloads()).hasSize(3);
        ProgramDraft shorter = travel.draft();
        shorter.setWeeks(4);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.update(program.id(), travel.version(),
                shorter))).isInstanceOf(InvalidInputException.class).hasMessageContaining("hand-made");
    }

    @Test
    void a_lost_race_on_a_deload_names_who_changed_it_and_changes_nothing() {
        DeloadRow travel = as(studio.practitioner(), () -> programs.addDeload(program.id(),
                programs.get(program.id()).version(), new DeloadDraft(
                MONDAY.plusWeeks(5), MONDAY.plusWeeks(5).plusDays(4), 40, DeloadReason.TRAVEL))).deloads().stream()
                .filter(d -> d.reason() == DeloadReason.TRAVEL).findFirst().orElseThrow();
        as(studio.admin(), () -> programs.updateDeload(travel.id(), travel.version(), new DeloadDraft(
                MONDAY.plusWeeks(5), MONDAY.plusWeeks(5).plusDays(2), 50, DeloadReason.TRAVEL)));
        String before = jdbc.queryForList("select id || ':' || start_date || ':' || end_date || ':' || volume_percent "
                + "|| ':' || version from deload_period where program_id = ? order by id", String.class, program.id())
                .toString();

        DeloadDraft mine = new DeloadDraft(MONDAY.plusWeeks(5), MONDAY.plusWeeks(5).plusDays(5), 30,
                DeloadReason.TRAVEL);
        for (Runnable stale : new Runnable[]{() -> programs.updateDeload(travel.id(), travel.version(), mine),
                () -> programs.removeDeload(travel.id(), travel.version())}) {
            assertThatThrownBy(() -> TestFixtures.run(studio.practitioner(), stale))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageStartingWith(studio.admin().displayName() + " changed this record");
            assertThat(jdbc.queryForList("select id || ':' || start_date || ':' || end_date || ':' || volume_percent "
                    + "|| ':' || version from deload_period where program_id = ? order by id", String.class,
                    program.id()).toString()).as("database unchanged").isEqualTo(before);
        }
    }

    @Test
    void a_stale_settings_save_names_who_changed_the_program() {
        ProgramDraft first = program.draft();
        first.setTitle("First title");
        as(studio.admin(), () -> programs.update(program.id(), program.version(), first));
        ProgramDraft second = program.draft();
        second.setTitle("Second title");
        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.update(program.id(), program.version(),
                second))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(studio.admin().displayName());
        assertThat(jdbc.queryForObject("select title from program where id = ?", String.class, program.id()))
                .isEqualTo("First title");
    }

    private List<Long> ids() {
        return as(studio.practitioner(), () -> items.rows(program.id())).stream().map(PrescriptionRow::id).toList();
    }
}
