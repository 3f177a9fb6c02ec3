package app.keel.program.plan;

import app.keel.account.Role;
import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.program.DeloadRepository;
import app.keel.program.DeloadRow;
import app.keel.program.Program;
import app.keel.program.ProgramAccess;
import app.keel.program.ProgramRepository;
import app.keel.program.history.ProgramRevisionRepository;
import app.keel.program.prescription.PrescriptionRepository;
import app.keel.program.prescription.PrescriptionRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A whole program in one read, for printouts. Staff reach the programs of their caseload (admins: the studio's);
 * a client reaches only their own programs that have been handed over (active or paused). A person who is both
 * staff and client is served as staff. Anything else is "not
 * found", exactly like a program that does not exist.
 */
@Service
public class ProgramOverviewService {

    private final ProgramAccess access;
    private final ProgramRepository programs;
    private final PrescriptionRepository items;
    private final DeloadRepository deloads;
    private final ProgramRevisionRepository revisions;
    private final WeekPlanService weekPlans;
    private final ClientService clients;

    ProgramOverviewService(ProgramAccess access, ProgramRepository programs, PrescriptionRepository items,
                           DeloadRepository deloads, ProgramRevisionRepository revisions,
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
        // Staff reach programs through their caseload only; trying the client path after a refusal would run on a
        // transaction the refusal already marked for rollback.
        Program p;
        ClientRef client;
        if (me.isStaff()) {
            p = access.program(programId);
            client = access.client(p);
        } else if (me.has(Role.CLIENT)) {
            client = clients.me();
            p = programs.visibleToClient(me.studioId(), client.id()).stream()
                    .filter(candidate -> candidate.getId() == programId).findFirst()
                    .orElseThrow(NotFoundException::new);
        } else {
            throw new NotFoundException();
        }
        List<PrescriptionRow> rows = items.rowsOf(p.getId());
        return new ProgramOverview(p.getId(), p.getStudioId(), p.getClientId(), client.fullName(),
                p.getKind(), p.getTitle(), p.getGoal(), p.getStatus(), p.getStartDate(), p.getEndDate(), p.getWeeks(),
                p.getDays(), p.getSessionsPerDay(), revisions.lastNumber(p.getId()), rows,
                deloads.forProgram(p.getId()).stream().map(DeloadRow::of).toList(), weekPlans.plan(p, rows));
    }
}
