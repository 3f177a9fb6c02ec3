package app.keel.program.prescription;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.Caseload;
import app.keel.exercise.Dosage;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.Program;
import app.keel.program.ProgramAccess;
import app.keel.program.ProgramRules;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.history.ProgramHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The items of a program: added from the library, edited cell by cell, reordered, removed. */
@Service
public class PrescriptionService {

    private final PrescriptionRepository items;
    private final ProgramAccess access;
    private final ProgramRules rules;
    private final ExerciseService exercises;
    private final ApplicationEventPublisher events;
    private final ProgramHistory history;

    PrescriptionService(PrescriptionRepository items, ProgramAccess access,
                        ProgramRules rules, ExerciseService exercises, ApplicationEventPublisher events,
                        ProgramHistory history) {
        this.history = history;
        this.items = items;
        this.access = access;
        this.rules = rules;
        this.exercises = exercises;
        this.events = events;
    }

    /** The editor grid's fetch: one statement, empty for a program outside the caller's caseload. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<PrescriptionRow> rows(long programId) {
        KeelUser me = CurrentUser.require();
        return items.rows(programId, me.studioId(), me.isAdmin(),
                me.practitionerId() == null ? Caseload.NO_PRACTITIONER : me.practitionerId());
    }

    /**
     * Adds an exercise at the end, starting from its suggested dosage and the standard stop rule. The program must
     * still be at the version the user saw (every item or deload change moves it); the returned row carries the new
     * one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public PrescriptionRow add(long programId, long expectedProgramVersion, long exerciseId) {
        Program program = access.program(programId);
        ProgramService.requireEditable(program);
        ProgramService.requireVersion(program, expectedProgramVersion);
        ExerciseDetails exercise = exercises.get(exerciseId);
        Prescription item = new Prescription(program.getStudioId(), programId, exercise.id(),
                items.lastPosition(programId) + 1);
        item.apply(defaults(exercise.dosage()));
        items.saveAndFlush(item);
        changed(program);
        return row(programId, item.getId());
    }

    /** Adds an item with a given dose (a template's copy); only the ranges are checked, as when it was saved. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public PrescriptionRow addCopy(long programId, long expectedProgramVersion, long exerciseId,
                                   PrescriptionDraft draft) {
        Program program = access.program(programId);
        // Its one caller today copies into a fresh draft; the checks are here so no caller has to remember them.
        ProgramService.requireEditable(program);
        if (draft == null) {
            throw InvalidInputException.of("", "Give the item a dose.");
        }
        rules.checkRanges(draft);
        ProgramService.requireVersion(program, expectedProgramVersion);
        ExerciseDetails exercise = exercises.get(exerciseId);
        Prescription item = new Prescription(program.getStudioId(), programId, exercise.id(),
                items.lastPosition(programId) + 1);
        item.apply(draft);
        items.saveAndFlush(item);
        changed(program);
        return row(programId, item.getId());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public PrescriptionRow update(long itemId, long expectedVersion, PrescriptionDraft draft) {
        Prescription item = item(itemId);
        Program program = access.program(item.getProgramId());
        ProgramService.requireEditable(program);
        ConcurrentEditException.requireVersion(item.getVersion(), expectedVersion, program.getUpdatedBy());
        rules.check(draft);
        item.apply(draft);
        items.saveAndFlush(item);
        changed(program);
        return row(program.getId(), itemId);
    }

    /**
     * Removes the item as the user saw it: if someone changed or moved it since, nothing is removed. Returns the
     * program's new version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public long remove(long itemId, long expectedVersion) {
        Prescription item = item(itemId);
        Program program = access.program(item.getProgramId());
        ProgramService.requireEditable(program);
        ConcurrentEditException.requireVersion(item.getVersion(), expectedVersion, program.getUpdatedBy());
        if (program.getStatus() == ProgramStatus.DRAFT) {
            items.delete(item);
        } else {
            item.retire();
        }
        items.flush();
        renumber(items.inOrder(program.getId()));
        changed(program);
        return program.getVersion();
    }

    /**
     * Moves an item to a new place (0-based) in the program's order; the others close up around it. The place is
     * relative to the order the user saw: if the item was changed or moved since (a move renumbers the others too),
     * nothing moves and the user is told who changed the program.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public long move(long itemId, long expectedVersion, int toIndex) {
        Prescription item = item(itemId);
        Program program = access.program(item.getProgramId());
        ProgramService.requireEditable(program);
        ConcurrentEditException.requireVersion(item.getVersion(), expectedVersion, program.getUpdatedBy());
        List<Prescription> order = new ArrayList<>(items.inOrder(program.getId()));
        order.remove(item);
        order.add(Math.clamp(toIndex, 0, order.size()), item);
        renumber(order);
        changed(program);
        return program.getVersion();
    }

    private void renumber(List<Prescription> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getPosition() != i) {
                order.get(i).moveTo(i);
            }
        }
    }

    private Prescription item(long itemId) {
        return items.findInStudio(itemId, CurrentUser.require().studioId()).orElseThrow(NotFoundException::new);
    }

    private PrescriptionRow row(long programId, long itemId) {
        return rows(programId).stream().filter(r -> r.id() == itemId).findFirst().orElseThrow(NotFoundException::new);
    }

    private void changed(Program program) {
        access.changed(program);
        history.recordIfRunning(program);
        events.publishEvent(new AuditableAction("PROGRAM_CHANGED", ProgramService.SUBJECT, program.getId(),
                program.getStudioId(), program.getClientId()));
    }

    static PrescriptionDraft defaults(Dosage dosage) {
        PrescriptionDraft d = new PrescriptionDraft();
        d.setSets(dosage.sets() == null ? 1 : dosage.sets());
        d.setReps(dosage.reps());
        d.setHoldSeconds(dosage.holdSeconds());
        d.setRestSeconds(dosage.restSeconds());
        d.setTempo(dosage.tempo());
        // A loaded library exercise stays loaded: the practitioner is asked for the kilograms before activation.
        d.setLoadKind(dosage.loadKind() == null ? LoadKind.BODYWEIGHT : dosage.loadKind());
        d.setMinutes(dosage.minutes());
        d.setTimesPerDay(dosage.timesPerDay());
        d.setRestPosition(dosage.position());
        d.setTimeAnchors(dosage.timeOfDay());
        return d;
    }
}
