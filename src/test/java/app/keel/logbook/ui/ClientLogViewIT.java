package app.keel.logbook.ui;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogDay;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The practitioner's read-only log of a client: a row per day, newest first, with adherence and pain. */
@KeelIntegrationTest
class ClientLogViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    LogbookService logbook;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    ClientDetails client;
    LocalDate today;

    @BeforeEach
    void clientWhoLoggedToday() {
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Gwen Grid");
        KeelUser login = fixtures.clientLogin(studio.practitioner(), client.id());
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        ProgramDetails program = as(studio.practitioner(), () -> programs.create(client.id(),
                ProgramFixtures.loadProgram(today.minusDays(1), 8)));
        PrescriptionRow item = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "heel slides")));
        as(studio.practitioner(), () -> programs.changeStatus(program.id(),
                programs.get(program.id()).version(), ProgramStatus.ACTIVE));
        as(login, () -> logbook.logItem(item.id(), today, ItemLogDraft.of(LogOutcome.PARTLY)));
        CheckInDraft checkIn = new CheckInDraft();
        checkIn.setPainNow(2);
        checkIn.setWorstPain(6);
        checkIn.setStiffness(3);
        checkIn.setSleepQuality(5);
        checkIn.setStress(4);
        checkIn.setConfidence(6);
        checkIn.setFlareUp(true);
        as(login, () -> logbook.saveCheckIn(today, checkIn));
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void the_practitioner_sees_a_row_per_day_newest_first_with_adherence_pain_and_flare_up() {
        BrowserlessSignIn.as(studio.practitioner());
        navigate(ClientLogView.class, Map.of("clientId", String.valueOf(client.id())));
        assertThat(find(H2.class).withText("Log: Gwen Grid").exists()).isTrue();
        assertThat(find(Paragraph.class).withId("log-summary").single().getText())
                .startsWith("Adherence: 25 % over the last 7 days");
        @SuppressWarnings("unchecked")
        Grid<LogDay> grid = find(Grid.class).withId("log-days").single();
        assertThat(test(grid).size()).isEqualTo(ClientLogView.DEFAULT_DAYS);
        LogDay first = test(grid).getRow(0);
        assertThat(first.date()).isEqualTo(today);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("50 %");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("6 / 10");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Flare-up");
        assertThat(test(grid).getCellText(1, 1)).as("yesterday: planned, nothing logged").isEqualTo("0 %");
        assertThat(test(grid).getCellText(2, 1)).as("before the program").isEqualTo("nothing planned");
    }

    @Test
    void a_practitioner_outside_the_caseload_finds_no_such_client() {
        BrowserlessSignIn.as(studio.otherPractitioner());
        navigate(ClientLogView.class, Map.of("clientId", String.valueOf(client.id())));
        assertThat(find(H2.class).withText("Client not found").exists()).isTrue();
        assertThat(find(Grid.class).exists()).isFalse();
    }
}
