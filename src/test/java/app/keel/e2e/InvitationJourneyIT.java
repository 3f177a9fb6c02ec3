package app.keel.e2e;

import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.regex.Pattern;

import static app.keel.e2e.E2eBrowser.assertNoHorizontalScroll;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation journey in a real browser: a practitioner signs in, adds a client and invites them; the client
 * opens the link on a phone, chooses a password, agrees to the studio's privacy notice and lands in the portal; the
 * link then no longer works.
 */
class InvitationJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void practitioner_invites_a_client_who_sets_a_password_on_a_phone_and_the_link_then_stops_working() {
        StudioSetup studio = fixtures.newStudio();
        String tag = TestFixtures.tag();
        String clientName = "Erika Sommer-" + tag;
        String clientEmail = "erika-" + tag + "@test.keel";
        String base = "http://localhost:" + port;

        // 1-4: the practitioner, on a desktop.
        String invitationLink;
        try (BrowserContext practitioner = browser.desktop()) {
            practitioner.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                    new BrowserContext.GrantPermissionsOptions().setOrigin(base));
            Page page = practitioner.newPage();

            // 1. Sign in; the session id changes at sign-in.
            page.navigate(base + "/login");
            Locator signIn = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true));
            assertThat(signIn).isVisible();
            // As a person would: type once the page has loaded (see E2eBrowser.signIn).
            page.waitForLoadState(LoadState.NETWORKIDLE);
            String sessionBefore = sessionId(practitioner);
            assertThat(sessionBefore).as("JSESSIONID before sign-in").isNotNull();

            page.locator("input[name=username]").fill(studio.practitioner().email());
            page.locator("input[name=password]").fill(TestFixtures.PASSWORD);
            signIn.click();

            assertThat(page).hasURL(base + "/console");
            assertThat(heading(page, 2, "Caseload")).isVisible();
            String sessionAfter = sessionId(practitioner);
            assertThat(sessionAfter).as("JSESSIONID after sign-in").isNotNull().isNotEqualTo(sessionBefore);
            // The console's home is the caseload; clients are managed one entry down.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients").setExact(true)).click();
            assertThat(page).hasURL(base + "/console/clients");
            assertThat(heading(page, 2, "Clients")).isVisible();
            screenshot(page, "console-clients.png");

            // 2. Add the client.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client").setExact(true)).click();
            // (Vaadin's dialog element itself has no box of its own; its contents are what the user sees.)
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New client"));
            Locator fullName = dialog.getByRole(AriaRole.TEXTBOX,
                    new Locator.GetByRoleOptions().setName("Full name").setExact(true));
            assertThat(fullName).isVisible();
            fullName.fill(clientName);
            dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("E-mail").setExact(true))
                    .fill(clientEmail);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/console/clients/\\d+$"));
            assertThat(heading(page, 2, clientName)).isVisible();
            assertThat(fullName).isHidden();

            // 3. Invite them and take the link.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to Keel").setExact(true))
                    .click();
            Locator linkDialog = page.getByRole(AriaRole.DIALOG,
                    new Page.GetByRoleOptions().setName("Invitation for " + clientName).setExact(true));
            assertThat(page.getByText("Invitation for " + clientName, new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            Locator linkInput = linkDialog.locator("#invitation-link input");
            assertThat(linkInput).isVisible();
            assertThat(linkInput).hasValue(Pattern.compile("^http://localhost:" + port + "/invitation/\\S+$"));
            invitationLink = linkInput.inputValue();
            assertThat(invitationLink).startsWith(base + "/invitation/");

            linkDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy link").setExact(true))
                    .click();
            assertThat(page.getByText("Link copied.")).isVisible();
            assertThat(clipboardOnceItHolds(page, invitationLink)).as("clipboard").isEqualTo(invitationLink);
            linkDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close").setExact(true))
                    .click();
            assertThat(linkInput).isHidden();
            // The client now has a pending invitation, so the button offers a new link instead.
            assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Send a new invitation link").setExact(true))).isVisible();

            // 4. Sign out.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
            assertThat(page).hasURL(base + "/login");
            assertThat(signIn).isVisible();
            // Signed out for real: the console now sends them back to sign in.
            page.navigate(base + "/console");
            assertThat(page).hasURL(base + "/login");
            assertThat(signIn).isVisible();
            // Both are in the audit trail, with the address the browser connected from.
            assertThat(jdbc.queryForList("select action from audit_event where actor_account_id = ? "
                    + "and action in ('LOGIN', 'LOGOUT') and client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1') "
                    + "order by id", String.class, studio.practitioner().accountId()))
                    .containsExactly("LOGIN", "LOGOUT");
        }

        // 5. The client, on a phone, in a browser that has never seen Keel.
        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            page.navigate(invitationLink);
            assertThat(heading(page, 1, "Welcome to Keel")).isVisible();
            assertThat(page.getByText("Hello " + clientName + ".")).isVisible();
            Locator newPassword = page.locator("vaadin-password-field#new-password");
            Locator confirmPassword = page.locator("vaadin-password-field#confirm-password");
            assertThat(newPassword.locator("label")).hasText("New password");
            assertThat(confirmPassword.locator("label")).hasText("Type it again");
            assertNoHorizontalScroll(page);
            screenshot(page, "invitation-phone.png");
            String sessionBefore = sessionId(phone);
            assertThat(sessionBefore).as("JSESSIONID on the invitation page").isNotNull();

            Locator save = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save password and continue").setExact(true));

            // Too short: refused where they typed it, and they stay on the page.
            newPassword.locator("input").fill("short");
            confirmPassword.locator("input").fill("short");
            save.click();
            assertThat(page.getByText("at least 8 characters")).isVisible();
            assertThat(newPassword).hasAttribute("invalid", "");
            assertThat(page).hasURL(invitationLink);
            assertThat(heading(page, 1, "Welcome to Keel")).isVisible();

            // A good one: signed in, and first the studio's privacy notice to agree to; then the portal.
            String password = "my long new password ü";
            newPassword.locator("input").fill(password);
            confirmPassword.locator("input").fill(password);
            save.click();

            assertThat(page).hasURL(base + "/my/consent");
            assertThat(heading(page, 1, "How your studio looks after your information")).isVisible();
            assertNoHorizontalScroll(page);
            // As a person would: read first (a click while the sign-in's requests are in flight is a race, see
            // SessionSignIn and E2eBrowser.signIn).
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this and agree")
                    .setExact(true)).click();

            assertThat(page).hasURL(base + "/my");
            assertThat(heading(page, 1, "Hello, Erika")).isVisible();
            assertThat(page.getByText("Your practitioner has not assigned a program yet.")).isVisible();
            assertNoHorizontalScroll(page);
            screenshot(page, "my-home-phone.png");
            // Signed in like the login form does it: a new session id, and the sign-in survives a reload.
            assertThat(sessionId(phone)).as("JSESSIONID after choosing the password").isNotNull()
                    .isNotEqualTo(sessionBefore);
            page.reload();
            assertThat(page).hasURL(base + "/my");
            assertThat(heading(page, 1, "Hello, Erika")).isVisible();
        }

        // 6. The link worked once; opening it again explains that it no longer does.
        try (BrowserContext again = browser.phone()) {
            Page page = again.newPage();
            page.navigate(invitationLink);
            assertThat(heading(page, 1, "This link does not work")).isVisible();
            assertThat(page.getByText("already been used")).isVisible();
            assertThat(page.locator("#new-password")).hasCount(0);
            assertNoHorizontalScroll(page);
            screenshot(page, "invitation-used-phone.png");
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> "JSESSIONID".equals(c.name))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    /** The clipboard's text, polled in the page (the copy happens asynchronously) until it holds what we expect. */
    private static Object clipboardOnceItHolds(Page page, String expected) {
        return page.evaluate("""
                async expected => {
                    const until = Date.now() + 10000;
                    let text = await navigator.clipboard.readText();
                    while (text !== expected && Date.now() < until) {
                        await new Promise(resolve => setTimeout(resolve, 100));
                        text = await navigator.clipboard.readText();
                    }
                    return text;
                }""", expected);
    }
}
