package app.keel.e2e;

import app.keel.account.LoginAccessService;
import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.regex.Pattern;

import static app.keel.e2e.E2eBrowser.button;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Open sessions over HTTP in real Chromium: a login switched off, a changed role or a new password ends the other
 * sessions at their next request or click.
 */
class SwitchedOffSessionJourneyIT extends BrowserJourney {

    private static final Pattern SIGN_IN_PAGE = Pattern.compile(".*/login.*");

    @Autowired
    LoginAccessService logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_switched_off_practitioners_open_session_is_refused_at_the_next_click() {
        StudioSetup studio = fixtures.newStudio();
        String base = "http://localhost:" + port;
        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, studio.otherPractitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");

            TestFixtures.run(studio.admin(), () -> logins.deactivatePractitioner(
                    studio.otherPractitioner().practitionerId(), Map.of()));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).first().click();
            assertThat(page).hasURL(SIGN_IN_PAGE);
            org.assertj.core.api.Assertions.assertThat(page.request().get(base + "/console/clients").url())
                    .as("a plain request too")
                    .matches(SIGN_IN_PAGE);
            signIn(page, base, studio.otherPractitioner().email(), TestFixtures.PASSWORD);
            assertThat(page.getByText("The e-mail or the password is not right.")).isVisible();
            assertThat(page).hasURL(SIGN_IN_PAGE);
        }
    }

    @Test
    void a_changed_role_ends_the_session_instead_of_keeping_the_old_rights() {
        StudioSetup studio = fixtures.newStudio();
        String base = "http://localhost:" + port;
        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, studio.admin().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            jdbc.update("update user_account set roles = 'PRACTITIONER' where id = ?", studio.admin().accountId());

            page.navigate(base + "/console/practitioners");
            assertThat(page).hasURL(SIGN_IN_PAGE);
            // Signed in again, the page asked for opens with the rights the login has now: none for this page.
            signIn(page, base, studio.admin().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console/practitioners");
            assertThat(heading(page, 1, "Page not found")).isVisible();
        }
    }

    @Test
    void a_password_change_ends_the_other_session_and_keeps_this_one() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails record = fixtures.client(studio.practitioner(), "Pia Password");
        KeelUser client = fixtures.clientLogin(studio.practitioner(), record.id());
        String base = "http://localhost:" + port;
        try (BrowserContext phone = browser.phone(); BrowserContext laptop = browser.desktop()) {
            Page here = phone.newPage();
            Page there = laptop.newPage();
            signIn(here, base, client.email(), TestFixtures.PASSWORD);
            assertThat(here).hasURL(base + "/my");
            signIn(there, base, client.email(), TestFixtures.PASSWORD);
            assertThat(there).hasURL(base + "/my");

            here.navigate(base + "/my/account");
            here.locator("#current-password input").fill(TestFixtures.PASSWORD);
            here.locator("#new-password input").fill("a brand new long password");
            here.locator("#confirm-password input").fill("a brand new long password");
            button(here, "Change password").click();
            assertThat(here.getByText("Your password has been changed.")).isVisible();

            there.navigate(base + "/my/program");
            assertThat(there).hasURL(SIGN_IN_PAGE);
            here.navigate(base + "/my/program");
            assertThat(here).hasURL(base + "/my/program");
        }
    }
}
