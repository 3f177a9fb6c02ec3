package app.keel.program.template;

import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.DeloadRow;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
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
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class TemplateServiceIT {

    @Autowired
    TemplateService templates;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    StudioSetup studio;
    TemplateSummary template;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails first = fixtures.client(studio.practitioner(), "Template Source");
        ProgramDetails program = as(studio.practitioner(), () -> programs.create(first.id(),
                ProgramFixtures.loadProgram(LocalDate.of(2031, 3, 3), 6)));
        PrescriptionRow row = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell deadlift")));
        PrescriptionDraft d = row.toDraft();
        d.setLoadKind(LoadKind.KG);
        d.setLoadKg(new BigDecimal("16"));
        d.setCues("Soft knees, long spine");
        as(studio.practitioner(), () -> items.update(row.id(), row.version(), d));
        template = as(studio.practitioner(), () -> templates.saveAsTemplate(program.id(), "Hinge basics"));
    }

    @Test
    void a_program_started_from_a_template_copies_settings_and_items() {
        ClientDetails next = fixtures.client(studio.practitioner(), "Template Target");
        ProgramDetails copy = as(studio.practitioner(), () -> templates.startFromTemplate(template.id(), next.id(),
                LocalDate.of(2031, 5, 5)));
        assertThat(copy.title()).isEqualTo("Hinge basics");
        assertThat(copy.weeks()).isEqualTo(6);
        assertThat(copy.startDate()).isEqualTo(LocalDate.of(2031, 5, 5));
        assertThat(copy.deloads()).extracting(DeloadRow::startDate).containsExactly(LocalDate.of(2031, 5, 26));
        List<PrescriptionRow> rows = as(studio.practitioner(), () -> items.rows(copy.id()));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.exerciseName()).isEqualTo("Kettlebell deadlift");
            assertThat(r.loadText()).isEqualTo("16 kg");
            assertThat(r.cues()).isEqualTo("Soft knees, long spine");
        });
        assertThat(as(studio.otherPractitioner(), templates::list)).extracting(TemplateSummary::title)
                .contains("Hinge basics");
    }

    @Test
    void bulk_assignment_creates_each_program_on_its_own_and_explains_each_failure() {
        ClientDetails mine1 = fixtures.client(studio.practitioner(), "Bulk One");
        ClientDetails mine2 = fixtures.client(studio.practitioner(), "Bulk Two");
        ClientDetails notMine = fixtures.client(studio.otherPractitioner(), "Not Mine");
        StudioSetup other = fixtures.newStudio();
        ClientDetails foreign = fixtures.client(other.practitioner(), "Foreign");
        int before = jdbc.queryForObject("select count(*) from program", Integer.class);

        BulkAssignResult result = as(studio.practitioner(), () -> templates.assign(template.id(),
                List.of(mine1.id(), notMine.id(), mine2.id(), foreign.id()), LocalDate.of(2031, 6, 2)));

        assertThat(result.created()).extracting(BulkAssignResult.Created::clientName)
                .containsExactly("Bulk One", "Bulk Two");
        assertThat(result.failed()).extracting(BulkAssignResult.Failed::clientId)
                .containsExactly(notMine.id(), foreign.id());
        assertThat(result.failed()).allSatisfy(f -> assertThat(f.reason()).contains("not in your caseload"));
        assertThat(jdbc.queryForObject("select count(*) from program", Integer.class)).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("select action from audit_event where action = 'PROGRAM_ASSIGNED' "
                + "and studio_id = ?", String.class, studio.studioId())).hasSize(2);
    }

    @Test
    void templates_stay_in_their_studio() {
        StudioSetup other = fixtures.newStudio();
        ClientDetails foreignClient = fixtures.client(other.practitioner(), "Elsewhere");
        assertThat(as(other.practitioner(), templates::list)).isEmpty();
        assertThatThrownBy(() -> as(other.practitioner(), () -> templates.startFromTemplate(template.id(),
                foreignClient.id(), LocalDate.of(2031, 5, 5)))).isInstanceOf(NotFoundException.class);
    }
}
