package app.keel.e2e;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on every response, and a Content-Security-Policy that breaks nothing Keel's pages do. */
class SecurityHeadersJourneyIT extends BrowserJourney {

    @Test
    void the_sign_in_page_and_a_signed_in_view_carry_the_security_headers() {
        StudioSetup studio = fixtures.newStudio();
        String base = "http://localhost:" + port;
        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            assertSecurityHeaders(page.request().get(base + "/login").headers());
            signIn(page, base, studio.practitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            Map<String, String> view = page.request().get(base + "/console/exercises").headers();
            assertSecurityHeaders(view);
            assertThat(view).as("HSTS only over https, i.e. behind the prod proxy")
                    .doesNotContainKey("strict-transport-security");
        }
    }

    @Test
    void the_content_security_policy_breaks_nothing_in_the_console_or_the_client_portal() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails record = fixtures.client(studio.practitioner(), "Cora Csp");
        KeelUser client = fixtures.clientLogin(studio.practitioner(), record.id());
        String base = "http://localhost:" + port;

        List<String> problems = new ArrayList<>();
        try (BrowserContext phone = browser.phone(); BrowserContext desktop = browser.desktop()) {
            Page portal = watched(phone.newPage(), problems);
            signIn(portal, base, client.email(), TestFixtures.PASSWORD);
            assertThat(portal).hasURL(base + "/my");
            assertThat(heading(portal, 1, "Hello, Cora")).isVisible();
            for (String path : List.of("/my/program", "/my/account")) {
                portal.navigate(base + path);
                portal.waitForLoadState();
                assertThat(portal.locator("h1, h2").first()).isVisible();
            }

            Page console = watched(desktop.newPage(), problems);
            signIn(console, base, studio.admin().email(), TestFixtures.PASSWORD);
            assertThat(console).hasURL(base + "/console");
            for (String path : List.of("/console/exercises", "/console/practitioners",
                    "/console/clients/" + record.id())) {
                console.navigate(base + path);
                assertThat(console.locator("h1, h2").first()).isVisible();
            }
        }
        assertThat(problems).as("console errors and page errors").isEmpty();
    }

    private static Page watched(Page page, List<String> problems) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": " + error));
        return page;
    }

    private static void assertSecurityHeaders(Map<String, String> headers) {
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'");
        assertThat(headers).containsEntry("referrer-policy", "same-origin")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }
}
