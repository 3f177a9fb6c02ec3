package app.keel.demo;

import app.keel.account.AccountService;
import app.keel.account.Role;
import app.keel.account.StaffDraft;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SystemAuthentication;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.base.db.EmbeddedRunDatabase;
import app.keel.client.ClientService;
import app.keel.client.ClientStatus;
import app.keel.logbook.history.HistoryStory;
import app.keel.logbook.history.LogbookHistory;
import app.keel.logbook.psfs.PsfsService;
import app.keel.studio.Studio;
import app.keel.studio.StudioService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo studio for the zero-setup run: seeded once (while its admin login does not exist), through the same services
 * (and checks) that people use. Only on the embedded database of that run (checked, not just the profile); never
 * part of the prod profile, nor of tests.
 */
@Component
@Profile("!prod & !test")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "keel-demo-2026";
    static final String ADMIN = "maya@keel.demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String ZONE = "Europe/London";
    /**
     * Which demo clients (by position in the list below) have a program, and the story their logbook tells: one
     * each, so the progress and caseload views show every case a practitioner should notice.
     */
    static final Map<Integer, HistoryStory> STORIES = Map.of(
            0, HistoryStory.STEADY,          // Ruth, the demo client login
            3, HistoryStory.PAIN_RISING,     // George
            4, HistoryStory.LOW_ADHERENCE,   // Aoife
            6, HistoryStory.SILENT,          // Margaret
            9, HistoryStory.FLARE_UP);       // Tom
    static final List<String> RUTH_PSFS = List.of("Lifting the laundry basket from the floor",
            "Getting in and out of the car", "Gardening for half an hour");
    /** Set for Margaret but never rated (she has gone quiet): the caseload shows PSFS due on her. */
    static final List<String> MARGARET_PSFS = List.of("Sitting through a film", "Carrying the shopping home");

    private final StudioService studios;
    private final AccountService accounts;
    private final ClientService clients;
    private final UserDetailsService users;
    private final DemoPrograms programs;
    private final LogbookHistory history;
    private final PsfsService psfs;

    private final Optional<EmbeddedRunDatabase> embedded;

    DemoData(StudioService studios, AccountService accounts, ClientService clients, UserDetailsService users,
             DemoPrograms programs, LogbookHistory history, PsfsService psfs, Optional<EmbeddedRunDatabase> embedded) {
        this.embedded = embedded;
        this.psfs = psfs;
        this.studios = studios;
        this.accounts = accounts;
        this.clients = clients;
        this.users = users;
        this.programs = programs;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embedded.isEmpty()) {
            // Not the profile alone: a run without 'prod' against a real database must not get demo logins.
            log.info("No demo data: Keel is not running on its embedded database.");
            return;
        }
        if (!SystemAuthentication.call(() -> accounts.loginExists(ADMIN))) {
            SystemAuthentication.call(() -> {
                seed();
                return null;
            });
        }
        log.info("Demo logins (password '{}'): admin + practitioner maya@keel.demo, practitioners "
                + "tomas@keel.demo and ingrid@keel.demo, client ruth@keel.demo", PASSWORD);
    }

    private void seed() {
        Studio studio = studios.create("Harbour Back Care Studio", ZONE, "en-GB");
        long maya = staff(studio, "Maya Okafor", ADMIN, EnumSet.of(Role.STUDIO_ADMIN, Role.PRACTITIONER));
        staff(studio, "Tomás Reyes", "tomas@keel.demo", EnumSet.of(Role.PRACTITIONER));
        staff(studio, "Ingrid Larsen", "ingrid@keel.demo", EnumSet.of(Role.PRACTITIONER));

        KeelUser admin = (KeelUser) users.loadUserByUsername(ADMIN);
        SystemAuthentication.callAs(admin, () -> {
            List<Long> practitioners = accounts.practitionerOptions().stream().map(p -> p.id()).toList();
            List<String[]> people = List.of(
                    new String[]{"Ruth Ellison", "ruth@keel.demo", "1958-03-14"},
                    new String[]{"Daniel Mensah", "daniel.mensah@example.org", "1979-11-02"},
                    new String[]{"Priya Raman", "priya.raman@example.org", "1986-06-21"},
                    new String[]{"George Whitfield", "george.whitfield@example.org", "1949-01-30"},
                    new String[]{"Aoife Brennan", "aoife.brennan@example.org", "1991-09-08"},
                    new String[]{"Lukas Novak", "lukas.novak@example.org", "1972-04-17"},
                    new String[]{"Margaret Osei", "margaret.osei@example.org", "1955-12-05"},
                    new String[]{"Samir Haddad", "samir.haddad@example.org", "1983-07-29"},
                    new String[]{"Helen Kowalski", "helen.kowalski@example.org", "1967-02-11"},
                    new String[]{"Tom Ashworth", "tom.ashworth@example.org", "1998-10-23"},
                    new String[]{"Beatriz Santos", "beatriz.santos@example.org", "1976-05-03"},
                    new String[]{"Arthur Lindqvist", "arthur.lindqvist@example.org", "1952-08-19"});
            for (int i = 0; i < people.size(); i++) {
                String[] p = people.get(i);
                ClientDraft draft = new ClientDraft();
                draft.setFullName(p[0]);
                draft.setEmail(p[1]);
                draft.setDateOfBirth(LocalDate.parse(p[2]));
                draft.setStatus(i == 10 ? ClientStatus.PAUSED : i == 11 ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE);
                draft.setPrimaryPractitionerId(practitioners.get(i % practitioners.size()));
                ClientDetails client = clients.create(draft);
                if (i == 0) {
                    String token = clients.invite(client.id(), 0).token();
                    accounts.acceptInvitation(token, PASSWORD, PASSWORD);
                }
                HistoryStory story = STORIES.get(i);
                if (story != null) {
                    long programId = programs.seed(client.id());
                    history.seed(programId, story, ZoneId.of(ZONE));
                    if (story == HistoryStory.STEADY) {
                        history.seedPsfs(programId, RUTH_PSFS, ZoneId.of(ZONE));
                    }
                    if (story == HistoryStory.SILENT) {
                        psfs.setActivities(client.id(), MARGARET_PSFS);
                    }
                }
            }
            return null;
        });
        log.info("Seeded the demo studio '{}' (admin account {})", studio.getName(), maya);
    }

    private long staff(Studio studio, String name, String email, Set<Role> roles) {
        StaffDraft draft = new StaffDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        return accounts.provisionStaff(studio.getId(), draft, PASSWORD, roles);
    }
}
