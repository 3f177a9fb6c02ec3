package app.keel.privacy;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.client.ClientService;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseDraft;
import app.keel.exercise.ExerciseService;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.template.TemplateService;
import app.keel.progress.CaseloadService;
import app.keel.progress.Flag;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static app.keel.support.TestFixtures.as;

/** A client with a record in every table a client can have rows in, built through the real services. */
@Component
class PrivacyFixtures {

    /** A note that a spreadsheet would run as a formula, with a comma, quotes and a line break. */
    static final String AWKWARD_NOTE = "=HYPERLINK(\"http://x.example\",\"click\"), then \"rest\"\nsecond line";

    record FullClient(ClientDetails client, KeelUser login, long runningProgramId) {
    }

    private final TestFixtures fixtures;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final ProgramService programs;
    private final PrescriptionService items;
    private final LogbookService logbook;
    private final PsfsService psfs;
    private final CaseloadService caseload;
    private final TemplateService templates;
    private final ConsentService consents;
    private final MutableClock clock;

    PrivacyFixtures(TestFixtures fixtures, ClientService clients, ExerciseService exercises, ProgramService programs,
                    PrescriptionService items, LogbookService logbook, PsfsService psfs, CaseloadService caseload,
                    TemplateService templates, ConsentService consents, MutableClock clock) {
        this.fixtures = fixtures;
        this.clients = clients;
        this.exercises = exercises;
        this.programs = programs;
        this.items = items;
        this.logbook = logbook;
        this.psfs = psfs;
        this.caseload = caseload;
        this.templates = templates;
        this.consents = consents;
        this.clock = clock;
    }

    FullClient fullClient(KeelUser practitioner, String name) {
        ClientDetails created = fixtures.client(practitioner, name);
        ClientDraft draft = ClientDraft.of(created);
        draft.setNotes(AWKWARD_NOTE);
        draft.setPhone("+44 20 7946 0000");
        ClientDetails client = as(practitioner, () -> clients.update(created.id(), created.version(), draft));
        KeelUser login = fixtures.invitedClient(practitioner, client.id());
        as(login, () -> consents.accept(consents.currentNotice().version(), "203.0.113.7"));

        ExerciseDraft own = new ExerciseDraft();
        own.setName("Towel squeeze " + TestFixtures.tag());
        own.setFocus("pelvic floor");
        own.setInstructions("Squeeze gently.");
        own.setCues("Gentle");
        ExerciseDetails exercise = as(practitioner, () -> exercises.create(own));
        LocalDate today = LocalDate.now(clock.withZone(login.zoneId()));

        ProgramDetails running = active(practitioner, client.id(), exercise.id(), today, "Daily stability");
        PrescriptionRow item = as(practitioner, () -> items.rows(running.id())).getFirst();
        as(login, () -> logbook.logItem(item.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        CheckInDraft checkIn = new CheckInDraft();
        checkIn.setPainNow(3);
        checkIn.setWorstPain(5);
        checkIn.setStiffness(4);
        checkIn.setSleepQuality(6);
        checkIn.setStress(2);
        checkIn.setConfidence(7);
        checkIn.setFlareUp(true);
        checkIn.setNote("Bad night, \"sharp\" pain");
        as(login, () -> logbook.saveCheckIn(today, checkIn));
        as(practitioner, () -> caseload.acknowledge(client.id(), Flag.FLARE_UP));
        long activity = as(practitioner, () -> psfs.setActivities(client.id(), List.of("Climb stairs", "Tie shoes")))
                .getFirst().id();
        as(login, () -> psfs.rate(Map.of(activity, 4)));

        ProgramDetails paused = active(practitioner, client.id(), exercise.id(), today, "Evening recovery");
        as(practitioner, () -> programs.changeStatus(paused.id(), paused.version(), ProgramStatus.PAUSED));
        as(practitioner, () -> templates.saveAsTemplate(running.id(), "Template from " + name));
        return new FullClient(client, login, running.id());
    }

    private ProgramDetails active(KeelUser practitioner, long clientId, long exerciseId, LocalDate start, String title) {
        ProgramDraft draft = new ProgramDraft();
        draft.setTitle(title);
        draft.setStartDate(start);
        draft.setDays(EnumSet.allOf(DayOfWeek.class));
        ProgramDetails program = as(practitioner, () -> programs.create(clientId, draft));
        as(practitioner, () -> items.add(program.id(), programs.get(program.id()).version(), exerciseId));
        long version = as(practitioner, () -> programs.get(program.id())).version();
        return as(practitioner, () -> programs.changeStatus(program.id(), version, ProgramStatus.ACTIVE));
    }
}
