package app.keel.program.history;

import app.keel.account.security.CurrentUser;
import app.keel.program.DeloadRepository;
import app.keel.program.DeloadRow;
import app.keel.program.Program;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.Dose;
import app.keel.program.plan.DoseText;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * Keeps the history of running programs: after every saved change to an active or paused program, a new
 * numbered snapshot. Drafts have no history; their first snapshot is taken when they are activated.
 */
@Component
public class ProgramHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProgramRevisionRepository revisions;
    private final PrescriptionRepository items;
    private final DeloadRepository deloads;
    private final Clock clock;

    ProgramHistory(ProgramRevisionRepository revisions, PrescriptionRepository items, DeloadRepository deloads,
                   Clock clock) {
        this.revisions = revisions;
        this.items = items;
        this.deloads = deloads;
        this.clock = clock;
    }

    /** The stored shape of a snapshot. */
    record Snapshot(ProgramStatus status, ProgramDraft settings, List<Item> items, List<DeloadRow> deloads) {
        record Item(long prescriptionId, long exerciseId, String exercise, PrescriptionDraft draft) {
        }
    }

    public void recordIfRunning(Program program) {
        if (program.getStatus() != ProgramStatus.ACTIVE && program.getStatus() != ProgramStatus.PAUSED) {
            return;
        }
        items.flush();
        List<Snapshot.Item> current = items.rowsOf(program.getId()).stream()
                .map(r -> new Snapshot.Item(r.id(), r.exerciseId(), r.exerciseName(), r.toDraft())).toList();
        List<DeloadRow> periods = deloads.forProgram(program.getId()).stream().map(DeloadRow::of).toList();
        String snapshot = JSON.writeValueAsString(new Snapshot(program.getStatus(), ProgramDraft.of(program),
                current, periods));
        revisions.save(new ProgramRevision(program.getStudioId(), program.getId(),
                revisions.lastNumber(program.getId()) + 1, snapshot, CurrentUser.require().displayName(),
                clock.instant()));
    }

    public List<RevisionSummary> list(long programId) {
        return revisions.list(programId);
    }

    public RevisionDetails read(long programId, int number) {
        ProgramRevision revision = revisions.findByProgramIdAndNumber(programId, number)
                .orElseThrow(app.keel.base.NotFoundException::new);
        Snapshot s = JSON.readValue(revision.getSnapshot(), Snapshot.class);
        List<RevisionDetails.Item> list = s.items().stream().map(i -> new RevisionDetails.Item(i.prescriptionId(),
                i.exercise(), base(i.draft()), i.draft().getCues(), i.draft().getStopRule())).toList();
        return new RevisionDetails(revision.getNumber(), revision.getCreatedAt(), revision.getCreatedBy(), s.status(),
                s.settings().getTitle(), s.settings().getWeeks(), list, s.deloads());
    }

    private static String base(PrescriptionDraft d) {
        Dose dose = new Dose(d.getSets(), d.getReps(), d.getHoldSeconds(), d.getLoadKg(), d.getMinutes(),
                d.getTimesPerDay(), false, 0);
        return DoseText.of(dose, d.getLoadKind(), d.getBand(), d.getSide(), false);
    }
}
