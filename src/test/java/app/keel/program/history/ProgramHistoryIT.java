package app.keel.program.history;

import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ProgramHistoryIT {

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

    @Test
    void editing_a_running_program_keeps_every_earlier_revision_readable() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "History Client");
        ProgramDetails draft = as(studio.practitioner(), () -> programs.create(client.id(),
                ProgramFixtures.loadProgram(LocalDate.of(2031, 3, 3), 8)));
        PrescriptionRow bug = as(studio.practitioner(), () -> items.add(draft.id(), programs.get(draft.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "heel slides")));
        PrescriptionRow hinge = as(studio.practitioner(), () -> items.add(draft.id(),
                programs.get(draft.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "kettlebell deadlift")));
        PrescriptionDraft loaded = hinge.toDraft();
        loaded.setLoadKg(new java.math.BigDecimal("16"));
        as(studio.practitioner(), () -> items.update(hinge.id(), hinge.version(), loaded));
        assertThat(as(studio.practitioner(), () -> programs.revisions(draft.id()))).isEmpty();

        long version = as(studio.practitioner(), () -> programs.get(draft.id())).version();
        as(studio.practitioner(), () -> programs.changeStatus(draft.id(), version, ProgramStatus.ACTIVE));
        PrescriptionDraft harder = bug.toDraft();
        harder.setSets(4);
        as(studio.practitioner(), () -> items.update(bug.id(), bug.version(), harder));
        long hingeVersion = as(studio.practitioner(), () -> items.rows(draft.id())).stream()
                .filter(r -> r.id() == hinge.id()).findFirst().orElseThrow().version();
        TestFixtures.run(studio.practitioner(), () -> items.remove(hinge.id(), hingeVersion));

        assertThat(as(studio.practitioner(), () -> programs.revisions(draft.id())))
                .extracting(RevisionSummary::number).containsExactly(3, 2, 1);
        RevisionDetails first = as(studio.practitioner(), () -> programs.revision(draft.id(), 1));
        assertThat(first.status()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(first.items()).extracting(RevisionDetails.Item::exercise)
                .containsExactly("Heel slides, lying on your back", "Kettlebell deadlift");
        assertThat(first.items().getFirst().dose()).startsWith(bug.sets() + " ×");
        assertThat(as(studio.practitioner(), () -> programs.revision(draft.id(), 2)).items().getFirst().dose())
                .startsWith("4 ×");
        assertThat(as(studio.practitioner(), () -> programs.revision(draft.id(), 3)).items())
                .extracting(RevisionDetails.Item::prescriptionId).containsExactly(bug.id());

        // The removed item still exists, retired, so anything that refers to it keeps working.
        assertThat(jdbc.queryForObject("select retired from prescription where id = ?", Boolean.class, hinge.id()))
                .isTrue();
        assertThat(as(studio.practitioner(), () -> items.rows(draft.id()))).extracting(PrescriptionRow::id)
                .containsExactly(bug.id());
    }
}
