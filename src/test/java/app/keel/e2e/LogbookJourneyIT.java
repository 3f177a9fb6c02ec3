package app.keel.e2e;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static app.keel.e2e.E2eBrowser.assertNoHorizontalScroll;
import static app.keel.e2e.E2eBrowser.button;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The care loop in a real browser: on a 360 px phone the client marks an item done with details and saves a
 * check-in, reloads and finds both; the practitioner then reads them in the client's log.
 */
class LogbookJourneyIT extends BrowserJourney {

    private static final String LOGGED = "Heel slides, lying on your back";
    private static final String OTHER = "Dead bug: opposite arm and leg reach";

    @Autowired
    Clock clock;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;

    @Test
    void the_client_logs_an_item_and_a_check_in_on_a_phone_and_the_practitioner_reads_them_in_the_log() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Lena Logbook");
        KeelUser clientUser = fixtures.clientLogin(studio.practitioner(), client.id());
        KeelUser staff = studio.practitioner();
        LocalDate today = LocalDate.now(clock.withZone(staff.zoneId()));
        ProgramFixtures.running(programs, items, exercises, staff, client.id(), today.minusDays(2), "heel slides",
                "dead bug: opposite");
        String base = "http://localhost:" + port;

        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            // Asked for a page before signing in: a wrong password says so, the right one leads to that page.
            page.navigate(base + "/my/program");
            assertThat(page).hasURL(base + "/login");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("input[name=username]").fill(clientUser.email());
            page.locator("input[name=password]").fill("not the password");
            button(page, "Sign in").click();
            assertThat(page.getByText("The e-mail or the password is not right.")).isVisible();
            page.locator("input[name=password]").fill(TestFixtures.PASSWORD);
            button(page, "Sign in").click();
            assertThat(page).hasURL(base + "/my/program");

            page.navigate(base + "/my");
            assertThat(page).hasURL(base + "/my");
            assertThat(heading(page, 1, "Hello, Lena")).isVisible();

            Locator card = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(heading(page, 3, LOGGED)));
            assertThat(card.getByText("Not logged yet.")).isVisible();
            button(card, "Done").click();
            assertThat(card.getByText("Logged: done.")).isVisible();
            card.getByText("Add details").click();
            card.getByLabel("Effort").fill("6");
            card.getByLabel("Pain during").fill("2");
            card.getByLabel("Note (optional)").fill("Easier than last week");
            button(card, "Save details").click();
            assertThat(page.getByText(LOGGED + ": done, saved.").last()).isVisible();

            Locator checkIn = page.locator("#check-in");
            checkIn.getByLabel("Pain right now").fill("3");
            checkIn.getByLabel("Worst pain in the last 24 hours").fill("5");
            checkIn.getByLabel("Stiffness").fill("4");
            checkIn.getByLabel("Sleep last night").fill("7");
            checkIn.getByLabel("Stress").fill("2");
            checkIn.getByLabel("Confidence in moving").fill("8");
            button(checkIn, "Save check-in").click();
            assertThat(checkIn.getByText("Saved. You can still change it today and tomorrow.")).isVisible();
            assertNoHorizontalScroll(page);

            page.reload();
            Locator again = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(heading(page, 3, LOGGED)));
            assertThat(again.getByText("Logged: done.")).isVisible();
            assertThat(button(again, "Done")).hasAttribute("aria-pressed", "true");
            Locator other = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(heading(page, 3, OTHER)));
            assertThat(other.getByText("Not logged yet.")).isVisible();
            assertThat(page.locator("#check-in").getByLabel("Worst pain in the last 24 hours")).hasValue("5");
            assertThat(page.locator("#check-in").getByLabel("Confidence in moving")).hasValue("8");
            assertNoHorizontalScroll(page);
            screenshot(page, "today-logged-phone.png");
        }

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, staff.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            page.navigate(base + "/console/clients/" + client.id() + "/log");
            assertThat(heading(page, 2, "Log: Lena Logbook")).isVisible();
            // Today: 1 of 2 items done (50 %), yesterday and the day before: nothing of 2 done.
            assertThat(page.locator("#log-summary")).containsText("Adherence: 17 % over the last 7 days");
            // Grid cells render in the grid's light DOM: read them through their cell contents.
            Locator cells = page.locator("#log-days vaadin-grid-cell-content");
            assertThat(cell(cells, "50 %")).isVisible();
            assertThat(cell(cells, "5 / 10")).isVisible();
            assertThat(cell(cells, "(1 item note)")).isVisible();
            Locator todayItems = cell(cells, "1 done · 0 partly · 0 skipped · of 2");
            assertThat(todayItems).isVisible();
            todayItems.click();
            assertThat(page.getByText(LOGGED + " — done: ")).containsText("effort 6/10, pain during 2/10. "
                    + "Note: Easier than last week");
            screenshot(page, "client-log.png");
        }
    }

    private static Locator cell(Locator cells, String text) {
        return cells.getByText(text, new Locator.GetByTextOptions().setExact(true));
    }
}
