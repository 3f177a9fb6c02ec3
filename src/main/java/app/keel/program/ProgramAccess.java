package app.keel.program;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

/**
 * Finds a program only if the caller may work on it: same studio and the program's client in the caller's
 * caseload. Anything else is "not found", exactly like a program that does not exist.
 */
@Component
public class ProgramAccess {

    private final ProgramRepository programs;
    private final ClientService clients;
    private final EntityManager em;

    ProgramAccess(ProgramRepository programs, ClientService clients, EntityManager em) {
        this.programs = programs;
        this.clients = clients;
        this.em = em;
    }

    /**
     * Records that the program, one of its items or one of its deloads was changed by the caller. The program's
     * version moves on every such change (not only when the editor's name differs), so an add or a settings save
     * over a version the user saw before someone else's change is refused, and the editor gets the new version of
     * its own change back.
     */
    public void changed(Program program) {
        program.touch(CurrentUser.require().displayName());
        programs.saveAndFlush(program);
        em.lock(program, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public Program program(long programId) {
        KeelUser me = CurrentUser.require();
        Program program = programs.findInStudio(programId, me.studioId()).orElseThrow(NotFoundException::new);
        clients.reference(program.getClientId());
        return program;
    }

    public ClientRef client(Program program) {
        return clients.reference(program.getClientId());
    }
}
