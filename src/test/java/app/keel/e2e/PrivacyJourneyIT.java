package app.keel.e2e;

import app.keel.client.ClientDetails;
import app.keel.privacy.ConsentService;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.keel.e2e.E2eBrowser.button;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static app.keel.e2e.E2eBrowser.signIn;
import static app.keel.support.TestFixtures.as;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data protection in a real browser: a client is asked again after the studio changes its notice, downloads their
 * data and withdraws; a studio admin erases a client after typing their name.
 */
class PrivacyJourneyIT extends BrowserJourney {

    @Autowired
    ConsentService consents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_client_is_asked_again_after_a_new_notice_downloads_their_data_and_withdraws() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        String name = "Nora Notice-" + TestFixtures.tag();
        ClientDetails client = fixtures.client(studio.practitioner(), name);
        var login = fixtures.clientLogin(studio.practitioner(), client.id());
        String base = "http://localhost:" + port;

        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            signIn(page, base, login.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");
            page.waitForLoadState(LoadState.NETWORKIDLE);

            // The studio saves a new version: the next page the client opens is the notice.
            as(studio.admin(), () -> consents.saveNotice("Version two, in the studio's own words."));
            page.navigate(base + "/my/program");
            assertThat(page).hasURL(base + "/my/consent");
            assertThat(page.getByText("has changed its privacy notice")).isVisible();
            assertThat(page.locator("#privacy-notice-text")).hasText("Version two, in the studio's own words.");
            screenshot(page, "consent-again-phone.png");
            button(page, "I have read this and agree").click();
            assertThat(page).hasURL(base + "/my");
            page.navigate(base + "/my/program");
            assertThat(page).hasURL(base + "/my/program");

            // From the account page to their data: the JSON download holds their record and both agreements.
            page.navigate(base + "/my/account");
            page.locator("#my-data-link").click();
            assertThat(page).hasURL(base + "/my/data");
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download as one file (JSON)")).click());
            assertThat(download.failure()).isNull();
            Path saved = Path.of("target", "exports", "journey-" + client.id() + ".json");
            download.saveAs(saved);
            String json = Files.readString(saved, StandardCharsets.UTF_8);
            assertThat(json).contains(name).contains("\"consent_record\"").contains("\"notice_version\" : 2");

            // Withdrawal: confirmed, recorded, and the portal then shows the notice instead of the logbook.
            button(page, "Withdraw my agreement").click();
            assertThat(page.getByText("no longer be able to log")).isVisible();
            screenshot(page, "withdraw-question-phone.png");
            page.locator("#withdraw-confirm").click();
            assertThat(page.locator("#consent-history")).containsText("Withdrawn.");
            page.navigate(base + "/my");
            assertThat(page).hasURL(base + "/my/consent");
            assertThat(page.getByText("You withdrew your agreement")).isVisible();
        }
        assertThat(jdbc.queryForList("select decision || ' ' || notice_version from consent_record "
                + "where client_id = ? order by id", String.class, client.id()))
                .containsExactly("ACCEPTED 1", "ACCEPTED 2", "WITHDRAWN 2");
    }

    @Test
    void a_studio_admin_erases_a_client_after_typing_their_name() {
        StudioSetup studio = fixtures.newStudio();
        String name = "Ezra Erase-" + TestFixtures.tag();
        ClientDetails client = fixtures.client(studio.practitioner(), name);
        fixtures.clientLogin(studio.practitioner(), client.id());
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, studio.admin().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            page.navigate(base + "/console/clients/" + client.id());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Data and privacy")).click();
            assertThat(page).hasURL(base + "/console/clients/" + client.id() + "/privacy");
            assertThat(page.locator("#consent-history")).containsText("Agreed to the current privacy notice");
            button(page, "Erase this client…").click();
            Locator counts = page.locator("#erase-counts");
            assertThat(counts).containsText("0 program(s)");
            assertThat(counts).containsText("1 privacy agreement record(s)");
            assertThat(counts).containsText("their login and any open invitation");
            page.locator("#erase-confirmation input").fill("Ezra");
            button(page, "Erase for good").click();
            assertThat(page.getByText("Type the client's name exactly as shown")).isVisible();
            assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.id()))
                    .isEqualTo(1);
            screenshot(page, "erase-dialog.png");

            page.locator("#erase-confirmation input").fill(name);
            button(page, "Erase for good").click();
            assertThat(page).hasURL(base + "/console/clients");
            assertThat(page.getByText(name + " has been erased.")).isVisible();
        }
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.id()))
                .isZero();
    }
}
