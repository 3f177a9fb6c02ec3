package app.keel.logbook.ui;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Today on the client's phone: one tap logs an item, a second tap changes it, the check-in saves once per day. */
@KeelIntegrationTest
class TodayViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    KeelUser client;
    long clientId;

    @BeforeEach
    void clientWithARunningProgram() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails details = fixtures.client(studio.practitioner(), "Tess Today");
        clientId = details.id();
        client = fixtures.clientLogin(studio.practitioner(), details.id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        ProgramFixtures.running(programs, items, exercises, studio.practitioner(), details.id(), today.minusDays(3),
                "heel slides");
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void a_tap_logs_the_item_and_a_second_tap_on_another_choice_changes_it() {
        BrowserlessSignIn.as(client);
        navigate(TodayView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Hello, Tess");
        ItemCard card = find(ItemCard.class).single();
        test(find(Button.class, card).withText("Done").single()).click();
        assertThat(find(Paragraph.class, card).withText("Logged: done.").exists()).isTrue();
        test(find(Button.class, card).withText("Partly").single()).click();
        assertThat(find(Paragraph.class, card).withText("Logged: partly.").exists()).isTrue();
        assertThat(find(Button.class, card).withText("Partly").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(jdbc.queryForList("select outcome from item_log where client_id = ?", String.class, clientId))
                .containsExactly("PARTLY");
    }

    @Test
    void the_details_form_is_built_when_opened_and_a_later_tap_keeps_what_it_saved() {
        BrowserlessSignIn.as(client);
        navigate(TodayView.class);
        ItemCard card = find(ItemCard.class).single();
        assertThat(find(IntegerField.class, card).exists()).as("no fields before \"Add details\" opens").isFalse();

        find(Details.class, card).single().setOpened(true);
        test(find(IntegerField.class, card).withCaption("Effort").single()).setValue(6);
        test(find(IntegerField.class, card).withCaption("Pain during").single()).setValue(2);
        test(find(Button.class, card).withText("Save details").single()).click();
        assertThat(jdbc.queryForMap("select outcome, rpe, pain_during from item_log where client_id = ?", clientId))
                .containsEntry("outcome", "DONE").containsEntry("rpe", 6).containsEntry("pain_during", 2);

        navigate(TodayView.class);
        ItemCard again = find(ItemCard.class).single();
        assertThat(find(IntegerField.class, again).exists()).isFalse();
        test(find(Button.class, again).withText("Partly").single()).click();
        assertThat(jdbc.queryForMap("select outcome, rpe, pain_during from item_log where client_id = ?", clientId))
                .containsEntry("outcome", "PARTLY").containsEntry("rpe", 6).containsEntry("pain_during", 2);
        find(Details.class, again).single().setOpened(true);
        assertThat(find(IntegerField.class, again).withCaption("Effort").single().getValue()).isEqualTo(6);
    }

    @Test
    void the_check_in_refuses_a_missing_score_and_then_saves_one_row_for_the_day() {
        BrowserlessSignIn.as(client);
        navigate(TodayView.class);
        CheckInForm form = find(CheckInForm.class).single();
        Map<String, Integer> scores = Map.of("Pain right now", 3, "Worst pain in the last 24 hours", 5,
                "Stiffness", 4, "Sleep last night", 6, "Stress", 2);
        scores.forEach((label, value) -> test(find(IntegerField.class, form).withCaption(label).single())
                .setValue(value));
        test(find(Button.class, form).withText("Save check-in").single()).click();
        IntegerField confidence = find(IntegerField.class, form).withCaption("Confidence in moving").single();
        assertThat(confidence.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ?", Integer.class, clientId))
                .isZero();

        test(confidence).setValue(7);
        test(find(Button.class, form).withText("Save check-in").single()).click();
        test(find(Button.class, form).withText("Save check-in").single()).click();
        assertThat(jdbc.queryForMap("select worst_pain, confidence from check_in where client_id = ?", clientId))
                .containsEntry("worst_pain", 5).containsEntry("confidence", 7);
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ?", Integer.class, clientId))
                .isOne();
        assertThat(find(Paragraph.class, form).withText("Saved. You can still change it today and tomorrow.")
                .exists()).isTrue();
    }
}
