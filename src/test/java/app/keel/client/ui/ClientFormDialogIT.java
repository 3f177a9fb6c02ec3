package app.keel.client.ui;

import app.keel.account.AccountService;
import app.keel.client.ClientDetails;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ClientFormDialogIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    StudioSetup studio;
    ClientDialogDriver dialog;

    @BeforeEach
    void openNewClientForm() {
        studio = fixtures.newStudio();
        BrowserlessSignIn.as(studio.practitioner());
        ClientListView view = navigate(ClientListView.class);
        test(view.newClient).click();
        dialog = new ClientDialogDriver(find(ClientFormDialog.class).single());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void blank_name_and_bad_email_are_shown_on_their_fields_and_nothing_is_saved() {
        test(dialog.form.email).setValue("not an email");
        test(dialog.form.save).click();
        assertThat(dialog.form.fullName.isInvalid()).isTrue();
        assertThat(dialog.form.fullName.getErrorMessage()).isEqualTo("Please enter the client's name.");
        assertThat(dialog.form.email.isInvalid()).isTrue();
        assertThat(dialog.form.isOpened()).isTrue();
        assertThat(clientsInStudio()).isZero();
    }

    @Test
    void too_long_names_and_markup_are_refused() {
        test(dialog.form.fullName).setValue("<img src=x>");
        test(dialog.form.email).setValue("ok@example.org");
        test(dialog.form.save).click();
        assertThat(dialog.form.fullName.getErrorMessage()).isEqualTo("Please leave out the characters < and >.");
        assertThat(clientsInStudio()).isZero();
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused_by_the_service_and_the_input_is_kept() {
        test(dialog.form.fullName).setValue("Future Born");
        test(dialog.form.email).setValue("future@example.org");
        test(dialog.form.dateOfBirth).setValue(LocalDate.now().plusYears(1));
        test(dialog.form.save).click();
        assertThat(dialog.form.dateOfBirth.isInvalid()).isTrue();
        assertThat(dialog.form.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be in the future.");
        assertThat(dialog.form.fullName.getValue()).isEqualTo("Future Born");
        assertThat(clientsInStudio()).isZero();
    }

    @Test
    void a_duplicate_email_is_an_error_on_the_email_field() {
        ClientDetails existing = fixtures.client(studio.practitioner(), "Already Here");
        test(dialog.form.fullName).setValue("Second Person");
        test(dialog.form.email).setValue(existing.email());
        test(dialog.form.save).click();
        assertThat(dialog.form.email.getErrorMessage())
                .isEqualTo(AccountService.EMAIL_UNAVAILABLE);
        assertThat(clientsInStudio()).isEqualTo(1);
    }

    @Test
    void a_valid_client_is_saved_and_opened() {
        test(dialog.form.fullName).setValue("Valid Person");
        test(dialog.form.email).setValue("valid-" + TestFixtures.tag() + "@example.org");
        test(dialog.form.save).click();
        assertThat(clientsInStudio()).isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(ClientDetailView.class);
        assertThat(jdbc.queryForObject("select primary_practitioner_id from client where studio_id = ?", Long.class,
                studio.studioId())).isEqualTo(studio.practitioner().practitionerId());
    }

    private int clientsInStudio() {
        return jdbc.queryForObject("select count(*) from client where studio_id = ?", Integer.class,
                studio.studioId());
    }

    /** Gives the test access to the dialog's fields by name. */
    record ClientDialogDriver(ClientFormDialog form) {
    }
}
