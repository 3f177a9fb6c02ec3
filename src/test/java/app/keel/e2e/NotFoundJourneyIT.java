package app.keel.e2e;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person who opens an address that is no page, or a page their role may not open, gets the same
 * friendly page with status 404 and a link home: never a bare 403 and never a list of routes.
 */
class NotFoundJourneyIT extends BrowserJourney {

    @Test
    void a_client_opening_a_console_page_or_an_unknown_address_gets_a_friendly_404_and_a_way_home() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails record = fixtures.client(studio.practitioner(), "Nora Notfound");
        KeelUser client = fixtures.clientLogin(studio.practitioner(), record.id());
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/login");
            signIn(page, base, client.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");

            for (String path : new String[] {"/console/clients", "/console/practitioners", "/no-such-page",
                    "/console/clients/1/nothing-here"}) {
                assertFriendly404(page, base + path);
            }
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the start page")).click();
            assertThat(page).hasURL(base + "/my");
        }
    }

    @Test
    void a_practitioner_opening_an_admin_page_gets_the_same_404() {
        StudioSetup studio = fixtures.newStudio();
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/login");
            signIn(page, base, studio.practitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");

            assertFriendly404(page, base + "/console/practitioners");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the start page")).click();
            assertThat(page).hasURL(base + "/console");
        }
    }

    /**
     * The status is read with a plain request in the signed-in session: once Vaadin's service worker holds the app
     * shell, a browser navigation may be answered from its cache, so only the page's content is checked there.
     */
    private static void assertFriendly404(Page page, String url) {
        APIResponse response = page.request().get(url);
        assertThat(response.status()).as(url).isEqualTo(404);
        page.navigate(url);
        assertThat(heading(page, 1, "Page not found")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the start page")))
                .isVisible();
        assertThat(page.content()).as(url).doesNotContain("console/exercises").doesNotContain("my/account");
    }
}
