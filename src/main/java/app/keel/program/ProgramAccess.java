package app.keel.program;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import org.springframework.stereotype.Component;

/**
 * Finds a program only if the caller may work on it: same studio and the program's client in the caller's
 * caseload. Anything else is "not found", exactly like a program that does not exist.
 */
@Component
public class ProgramAccess {

    private final ProgramRepository programs;
    private final ClientService clients;

    ProgramAccess(ProgramRepository programs, ClientService clients) {
        this.programs = programs;
        this.clients = clients;
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
