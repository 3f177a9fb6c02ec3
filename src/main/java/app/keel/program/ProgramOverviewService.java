package app.keel.program;

import app.keel.account.CurrentUser;
import app.keel.account.KeelUser;
import app.keel.account.Role;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A whole program in one read, for printouts. Staff reach the programs of their caseload (admins: the studio's);
 * a client reaches only their own programs that have been handed over (active or paused). Anything else is "not
 * found", exactly like a program that does not exist.
 */
@Service
public class ProgramOverviewService {

    private final ProgramAccess access;
    private final ProgramRepository programs;
    private final PrescriptionRepository items;
    private final PlannedDeloadRepository deloads;
    private final ProgramRevisionRepository revisions;
    private final WeekPlanService weekPlans;
    private final ClientService clients;

    ProgramOverviewService(ProgramAccess access, ProgramRepository programs, PrescriptionRepository items,
                           PlannedDeloadRepository deloads, ProgramRevisionRepository revisions,
                           WeekPlanService weekPlans, ClientService clients) {
        this.access = access;
        this.programs = programs;
        this.items = items;
        this.deloads = deloads;
        this.revisions = revisions;
        this.weekPlans = weekPlans;
        this.clients = clients;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER', 'CLIENT')")
    public ProgramOverview overview(long programId) {
        KeelUser me = CurrentUser.require();
        Reached reached = asStaff(me, programId);
        if (reached == null && me.has(Role.CLIENT)) {
            reached = asClient(me, programId);
        }
        if (reached == null) {
            throw new NotFoundException();
        }
        Program p = reached.program();
        List<PrescriptionRow> rows = items.rowsOf(p.getId());
        return new ProgramOverview(p.getId(), p.getStudioId(), p.getClientId(), reached.client().fullName(),
                p.getKind(), p.getTitle(), p.getGoal(), p.getStatus(), p.getStartDate(), p.getEndDate(), p.getWeeks(),
                p.getDays(), p.getSessionsPerDay(), revisions.lastNumber(p.getId()), rows,
                deloads.forProgram(p.getId()).stream().map(DeloadRow::of).toList(), weekPlans.table(p, rows));
    }

    private record Reached(Program program, ClientRef client) {
    }

    private Reached asStaff(KeelUser me, long programId) {
        if (!me.isStaff()) {
            return null;
        }
        try {
            Program program = access.program(programId);
            return new Reached(program, access.client(program));
        } catch (NotFoundException e) {
            return null; // a person who is staff and also a client may still own it
        }
    }

    private Reached asClient(KeelUser me, long programId) {
        ClientRef self = clients.me();
        return programs.visibleToClient(me.studioId(), self.id()).stream().filter(p -> p.getId() == programId)
                .findFirst().map(p -> new Reached(p, self)).orElse(null);
    }
}
