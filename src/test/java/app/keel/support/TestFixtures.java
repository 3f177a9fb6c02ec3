package app.keel.support;

import app.keel.account.AccountService;
import app.keel.account.Role;
import app.keel.account.StaffDraft;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SystemAuthentication;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.client.ClientService;
import app.keel.privacy.ConsentService;
import app.keel.studio.Studio;
import app.keel.studio.StudioService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds test data through the real services (so fixtures pass the same checks as users do). Every studio and
 * e-mail is unique, so tests sharing one database never see each other's rows.
 */
@Component
public class TestFixtures {

    public static final String PASSWORD = "correct horse battery";

    private final StudioService studios;
    private final AccountService accounts;
    private final ClientService clients;
    private final UserDetailsService users;
    private final ConsentService consents;

    public TestFixtures(StudioService studios, AccountService accounts, ClientService clients,
                        UserDetailsService users, ConsentService consents) {
        this.studios = studios;
        this.accounts = accounts;
        this.clients = clients;
        this.users = users;
        this.consents = consents;
    }

    /** A studio with an admin who also treats clients, and two practitioners. */
    public record StudioSetup(long studioId, KeelUser admin, KeelUser practitioner, KeelUser otherPractitioner) {
    }

    public StudioSetup newStudio() {
        String tag = tag();
        return SystemAuthentication.call(() -> {
            Studio studio = studios.create("Studio " + tag, "Europe/Berlin", "en-GB");
            KeelUser admin = staff(studio, "Admin " + tag, "admin-" + tag + "@test.keel",
                    EnumSet.of(Role.STUDIO_ADMIN, Role.PRACTITIONER));
            KeelUser practitioner = staff(studio, "Pat " + tag, "pat-" + tag + "@test.keel",
                    EnumSet.of(Role.PRACTITIONER));
            KeelUser other = staff(studio, "Olu " + tag, "olu-" + tag + "@test.keel", EnumSet.of(Role.PRACTITIONER));
            return new StudioSetup(studio.getId(), admin, practitioner, other);
        });
    }

    public ClientDetails client(KeelUser staff, String name) {
        return as(staff, () -> clients.create(draft(name, name.toLowerCase().replace(' ', '.') + "-" + tag()
                + "@test.keel")));
    }

    /**
     * Gives the client a login (invitation accepted, studio's privacy notice agreed to, as on their first visit) and
     * returns them as a signed-in user would be.
     */
    public KeelUser clientLogin(KeelUser staff, long clientId) {
        KeelUser client = invitedClient(staff, clientId);
        as(client, () -> consents.accept(consents.currentNotice().version(), "192.0.2.1"));
        return client;
    }

    /** A client who has set a password but not yet agreed to the privacy notice. */
    public KeelUser invitedClient(KeelUser staff, long clientId) {
        String token = as(staff, () -> clients.invite(clientId, 0).token());
        String email = accounts.acceptInvitation(token, PASSWORD, PASSWORD);
        return user(email);
    }

    public KeelUser user(String email) {
        return (KeelUser) users.loadUserByUsername(email);
    }

    public static ClientDraft draft(String name, String email) {
        ClientDraft draft = new ClientDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        return draft;
    }

    public static <T> T as(KeelUser user, Supplier<T> work) {
        return SystemAuthentication.callAs(user, work);
    }

    public static void run(KeelUser user, Runnable work) {
        SystemAuthentication.callAs(user, () -> {
            work.run();
            return null;
        });
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private KeelUser staff(Studio studio, String name, String email, Set<Role> roles) {
        StaffDraft draft = new StaffDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        accounts.provisionStaff(studio.getId(), draft, PASSWORD, roles);
        return user(email);
    }
}
