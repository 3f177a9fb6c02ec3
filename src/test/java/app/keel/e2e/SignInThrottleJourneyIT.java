package app.keel.e2e;

import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static app.keel.e2e.E2eBrowser.button;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The sign-in page after repeated wrong passwords: it says to wait, and not which part was wrong. */
class SignInThrottleJourneyIT extends BrowserJourney {

    @Test
    void after_ten_wrong_passwords_the_sign_in_page_says_to_wait_even_for_the_right_one() {
        StudioSetup studio = fixtures.newStudio();
        String email = studio.otherPractitioner().email();
        String base = "http://localhost:" + port;
        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(email);
            for (int i = 0; i < 10; i++) {
                page.locator("input[name=password]").fill("wrong password " + i);
                button(page, "Sign in").click();
                assertThat(page.getByText("The e-mail or the password is not right.")).isVisible();
            }
            page.locator("input[name=password]").fill(TestFixtures.PASSWORD);
            button(page, "Sign in").click();
            assertThat(page.getByText("Too many attempts. Please wait 1 minute and try again.")).isVisible();
            assertThat(page.getByText("The e-mail or the password is not right.")).not().isVisible();
            assertThat(page).hasURL(base + "/login");
        }
    }
}
