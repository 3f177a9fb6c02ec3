package app.keel.program;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.program.dosage.DeloadPeriod;
import app.keel.program.dosage.DeloadPlan;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.history.ProgramHistory;
import app.keel.program.history.RevisionDetails;
import app.keel.program.history.RevisionSummary;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Programs of the caller's caseload: settings, status, deload periods. Items live in {@link PrescriptionService}. */
@Service
public class ProgramService {

    public static final String SUBJECT = "PROGRAM";

    private final ProgramRepository programs;
    private final DeloadRepository deloads;
    private final ProgramAccess access;
    private final ClientService clients;
    private final ProgramRules rules;
    private final ApplicationEventPublisher events;
    private final ProgramHistory history;
    private final ProgramPauseRepository pauses;
    private final Clock clock;

    ProgramService(ProgramRepository programs, DeloadRepository deloads, ProgramAccess access,
                   ClientService clients, ProgramRules rules, ApplicationEventPublisher events,
                   ProgramHistory history, ProgramPauseRepository pauses, Clock clock) {
        this.history = history;
        this.pauses = pauses;
        this.clock = clock;
        this.programs = programs;
        this.deloads = deloads;
        this.access = access;
        this.clients = clients;
        this.rules = rules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<ProgramSummary> forClient(long clientId) {
        ClientRef client = clients.reference(clientId);
        return programs.forClient(CurrentUser.require().studioId(), client.id());
    }

    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails get(long programId) {
        Program program = access.program(programId);
        audit("PROGRAM_READ", program);
        return details(program, access.client(program));
    }

    /** The program's revisions, newest first (only running programs have any). */
    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<RevisionSummary> revisions(long programId) {
        Program program = access.program(programId);
        audit("PROGRAM_HISTORY_READ", program);
        return history.list(program.getId());
    }

    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public RevisionDetails revision(long programId, int number) {
        Program program = access.program(programId);
        audit("PROGRAM_HISTORY_READ", program);
        return history.read(program.getId(), number);
    }

    /** A new draft program for a client of the caller's caseload, with deloads generated from its rule. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails create(long clientId, ProgramDraft draft) {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.reference(clientId);
        if (me.practitionerId() == null) {
            throw InvalidInputException.of("", "Only practitioners author programs.");
        }
        rules.check(draft);
        Program program = new Program(me.studioId(), client.id(), me.practitionerId());
        program.apply(draft, me.displayName());
        programs.saveAndFlush(program);
        regenerate(program, List.of());
        audit("PROGRAM_CREATED", program);
        return details(program, client);
    }

    /** Saves settings over the version the user opened; planned deloads follow the (possibly new) rule. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails update(long programId, long expectedVersion, ProgramDraft draft) {
        KeelUser me = CurrentUser.require();
        Program program = access.program(programId);
        requireVersion(program, expectedVersion);
        requireEditable(program);
        rules.check(draft);
        rules.checkCapAgainstItems(draft, programId);
        List<Deload> manual = deloads.forProgram(programId).stream()
                .filter(d -> d.getReason() != DeloadReason.PLANNED).toList();
        program.apply(draft, me.displayName());
        programs.saveAndFlush(program);
        regenerate(program, manual);
        history.recordIfRunning(program);
        audit("PROGRAM_CHANGED", program);
        return details(program, access.client(program));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails changeStatus(long programId, long expectedVersion, ProgramStatus target) {
        KeelUser me = CurrentUser.require();
        Program program = access.program(programId);
        requireVersion(program, expectedVersion);
        if (!program.getStatus().canMoveTo(target)) {
            throw InvalidInputException.of("", "A program that is " + program.getStatus().label().toLowerCase()
                    + " cannot become " + target.label().toLowerCase() + ".");
        }
        if (target == ProgramStatus.ACTIVE && rules.itemCount(programId) == 0) {
            throw InvalidInputException.of("", "Add at least one exercise before activating the program.");
        }
        if (target == ProgramStatus.ACTIVE) {
            rules.checkReadyToActivate(programId);
        }
        recordPause(program, target, LocalDate.now(clock.withZone(me.zoneId())));
        program.moveTo(target, me.displayName());
        programs.saveAndFlush(program);
        history.recordIfRunning(program);
        audit("PROGRAM_STATUS_CHANGED", program);
        return details(program, access.client(program));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails addDeload(long programId, long expectedProgramVersion, DeloadDraft draft) {
        Program program = access.program(programId);
        requireEditable(program);
        // Adding has no row of its own to compare: the program's version, which every change moves, is the witness.
        requireVersion(program, expectedProgramVersion);
        Deload added = new Deload(program.getStudioId(), programId, draft.startDate(), draft.endDate(),
                draft.volumePercent(), draft.intensityPercent(), draft.reason());
        saveDeloadsIfValid(program, draft, added, null);
        return changed(program);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails updateDeload(long deloadId, long expectedVersion, DeloadDraft draft) {
        Deload deload = deloads.findInStudio(deloadId, CurrentUser.require().studioId())
                .orElseThrow(NotFoundException::new);
        Program program = access.program(deload.getProgramId());
        requireEditable(program);
        ConcurrentEditException.requireVersion(deload.getVersion(), expectedVersion, program.getUpdatedBy());
        saveDeloadsIfValid(program, draft, deload, deload);
        return changed(program);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails removeDeload(long deloadId, long expectedVersion) {
        Deload deload = deloads.findInStudio(deloadId, CurrentUser.require().studioId())
                .orElseThrow(NotFoundException::new);
        Program program = access.program(deload.getProgramId());
        requireEditable(program);
        ConcurrentEditException.requireVersion(deload.getVersion(), expectedVersion, program.getUpdatedBy());
        deloads.delete(deload);
        return changed(program);
    }

    /**
     * Pausing starts a pause today; resuming or completing ends it yesterday, so the progression clock stops for
     * exactly the paused days. A pause ended on the day it began covered no day, so it is not kept.
     */
    private void recordPause(Program program, ProgramStatus target, LocalDate today) {
        if (target == ProgramStatus.PAUSED) {
            pauses.save(new ProgramPause(program.getStudioId(), program.getId(), today));
        } else if (program.getStatus() == ProgramStatus.PAUSED) {
            pauses.forProgram(program.getId()).stream().filter(p -> p.getEndDate() == null).forEach(p -> {
                if (p.getStartDate().isBefore(today)) {
                    p.endBefore(today);
                    pauses.save(p);
                } else {
                    pauses.delete(p);
                }
            });
        }
    }

    private void saveDeloadsIfValid(Program program, DeloadDraft draft, Deload target, Deload replaced) {
        rules.check(draft);
        List<DeloadPeriod> all = new ArrayList<>(EngineInputs.periods(deloads.forProgram(program.getId()).stream()
                .filter(d -> d != replaced).toList()));
        all.add(new DeloadPeriod(draft.startDate(), draft.endDate(), draft.volumePercent(), draft.intensityPercent(),
                draft.reason()));
        List<String> problems = DeloadPlan.problems(EngineInputs.calendar(program), all);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("", String.join(" ", problems));
        }
        target.set(draft.startDate(), draft.endDate(), draft.volumePercent(), draft.intensityPercent(),
                draft.reason());
        deloads.save(target);
    }

    /** Planned deloads always follow the rule; hand-made ones (travel, flare-up) must still fit the program. */
    private void regenerate(Program program, List<Deload> manual) {
        ProgramCalendar calendar = EngineInputs.calendar(program);
        List<DeloadPeriod> planned = EngineInputs.deloadRule(program).map(r -> r.generate(calendar)).orElse(List.of());
        List<DeloadPeriod> keep = new ArrayList<>(EngineInputs.periods(manual));
        List<DeloadPeriod> all = new ArrayList<>(keep);
        planned.stream().filter(p -> keep.stream().noneMatch(m -> overlaps(m, p))).forEach(all::add);
        List<String> problems = DeloadPlan.problems(calendar, all);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("", "First move or delete the hand-made deload periods that no longer fit: "
                    + String.join(" ", problems));
        }
        deloads.forProgram(program.getId()).stream().filter(d -> d.getReason() == DeloadReason.PLANNED)
                .forEach(deloads::delete);
        deloads.flush();
        all.stream().filter(p -> p.reason() == DeloadReason.PLANNED).forEach(p -> deloads.save(new Deload(
                program.getStudioId(), program.getId(), p.start(), p.end(), p.volumePercent(), p.intensityPercent(), p.reason())));
    }

    private static boolean overlaps(DeloadPeriod a, DeloadPeriod b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private ProgramDetails changed(Program program) {
        access.changed(program);
        history.recordIfRunning(program);
        audit("PROGRAM_CHANGED", program);
        return details(program, access.client(program));
    }

    public static void requireVersion(Program program, long expected) {
        ConcurrentEditException.requireVersion(program.getVersion(), expected, program.getUpdatedBy());
    }

    public static void requireEditable(Program program) {
        if (program.getStatus() == ProgramStatus.COMPLETED || program.getStatus() == ProgramStatus.ARCHIVED) {
            throw InvalidInputException.of("", "A " + program.getStatus().label().toLowerCase()
                    + " program can no longer be changed.");
        }
    }

    private ProgramDetails details(Program p, ClientRef client) {
        List<DeloadRow> rows = deloads.forProgram(p.getId()).stream().map(DeloadRow::of).toList();
        return new ProgramDetails(p.getId(), client.id(), client.fullName(), p.getKind(), p.getTitle(), p.getGoal(),
                p.getStartDate(), p.getEndDate(), p.getWeeks(), p.getDays(), p.getSessionsPerDay(), p.getStatus(),
                p.getStatus().next(), rows, p.getUpdatedBy(), p.getVersion(), ProgramDraft.of(p));
    }

    private void audit(String action, Program program) {
        events.publishEvent(new AuditableAction(action, SUBJECT, program.getId(), program.getStudioId(),
                program.getClientId()));
    }
}
