package app.keel.program;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.plan.MyProgram;
import app.keel.program.plan.MyProgramService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No stored program, however it got into the database, makes the practitioner's or the client's page fail. */
@KeelIntegrationTest
class StoredProgramSafetyIT {

    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    MyProgramService myPrograms;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    StudioSetup studio;
    ClientDetails client;
    KeelUser login;
    ProgramDetails program;
    PrescriptionRow item;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Stored Client");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        ProgramDraft draft = ProgramFixtures.loadProgram(LocalDate.now(clock.withZone(login.zoneId())), 8);
        program = as(studio.practitioner(), () -> programs.create(client.id(), draft));
        PrescriptionRow added = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell")));
        PrescriptionDraft d = added.toDraft();
        d.setLoadKind(LoadKind.KG);
        d.setLoadKg(new BigDecimal("20"));
        d.setReps(8);
        item = as(studio.practitioner(), () -> items.update(added.id(), added.version(), d));
        as(studio.practitioner(), () -> programs.changeStatus(program.id(), item.programVersion(),
                ProgramStatus.ACTIVE));
    }

    @Test
    void a_hold_rule_stored_with_a_cap_below_one_second_shows_needs_attention_instead_of_failing() {
        jdbc.update("update program set progression_kind = 'HOLD_SECONDS', progression_amount = 5, "
                + "progression_cap = 0.5 where id = ?", program.id());

        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        assertThat(plan.attention()).startsWith("This program needs attention").contains("hold cap");
        assertThat(plan.items()).isEmpty();

        List<MyProgram> mine = as(login, myPrograms::myPrograms);
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.needsAttention()).isTrue();
            assertThat(p.today()).isEmpty();
        });
    }

    @Test
    void the_week_plan_names_a_weekly_step_above_fifteen_percent() {
        assertThat(as(studio.practitioner(), () -> weekPlans.weekPlan(program.id())).warnings())
                .as("2.5 kg on 20 kg is 12.5 %").isEmpty();
        PrescriptionDraft light = item.toDraft();
        light.setLoadKg(new BigDecimal("8"));
        as(studio.practitioner(), () -> items.update(item.id(), item.version(), light));
        assertThat(as(studio.practitioner(), () -> weekPlans.weekPlan(program.id())).warnings()).singleElement()
                .asString().contains("goes from 8 kg to 10.5 kg (+31 %), more than about 15 % in one week");
    }

    @Test
    void a_cap_below_an_items_prescribed_load_is_refused_and_the_program_is_unchanged() {
        ProgramDetails current = as(studio.practitioner(), () -> programs.get(program.id()));
        ProgramDraft lowCap = current.draft();
        lowCap.setProgressionCap(new BigDecimal("15"));
        String before = jdbc.queryForObject("select p::text from program p where id = ?", String.class, program.id());

        assertThatThrownBy(() -> as(studio.practitioner(), () -> programs.update(program.id(), current.version(),
                lowCap))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                .contains("The cap (15 kg) is below the prescribed dose of item 1 (20 kg)"));
        assertThat(jdbc.queryForObject("select p::text from program p where id = ?", String.class, program.id()))
                .isEqualTo(before);
    }
}
