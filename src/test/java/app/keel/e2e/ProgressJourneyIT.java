package app.keel.e2e;

import app.keel.account.security.KeelUser;
import app.keel.progress.ProgressFixtures.Running;
import app.keel.progress.ProgressFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static app.keel.e2e.E2eBrowser.assertNoHorizontalScroll;
import static app.keel.e2e.E2eBrowser.button;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner opens the caseload, finds the client whose pain rose, opens her progress, sees the chart drawn
 * and its table twin with the same numbers, starts an early easier week, and the client's phone shows it.
 */
class ProgressJourneyIT extends BrowserJourney {

    /** True when the chart's canvas (inside the element's shadow root) has at least one painted pixel. */
    private static final String PAINTED = """
            el => { const c = el.shadowRoot.querySelector('canvas');
                    if (!c || !c.width || !c.height) return false;
                    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; }
                    return false; }""";

    @Autowired
    Clock clock;
    @Autowired
    ProgressFixtures history;

    @Test
    void the_practitioner_finds_rising_pain_reads_the_chart_and_its_table_and_starts_an_easier_week() {
        StudioSetup studio = fixtures.newStudio();
        KeelUser staff = studio.practitioner();
        LocalDate today = LocalDate.now(clock.withZone(staff.zoneId()));
        long gailId = fixtures.client(staff, "Gail Rising").id();
        KeelUser gail = fixtures.clientLogin(staff, gailId);
        Running rising = history.running(staff, studio.studioId(), gailId, today.minusDays(20));
        Running calm = history.running(staff, studio.studioId(), fixtures.client(staff, "Carl Calm").id(),
                today.minusDays(20));
        for (int ago = 20; ago >= 1; ago--) {
            history.log(rising, today.minusDays(ago), "DONE", new BigDecimal("8"), 6);
            history.checkIn(rising, today.minusDays(ago), ago <= 6 ? 7 : 3, false);
            history.log(calm, today.minusDays(ago), "DONE", new BigDecimal("8"), 6);
            history.checkIn(calm, today.minusDays(ago), 3, false);
        }
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, staff.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            assertThat(heading(page, 2, "Caseload")).isVisible();
            Locator cells = page.locator("vaadin-grid-cell-content");
            Locator flag = cells.locator(".keel-flag-pain-up");
            assertThat(flag).hasText("Pain up");
            assertThat(flag).hasAttribute("title", java.util.regex.Pattern.compile("up 4\\.0 from 3\\.0"));
            screenshot(page, "caseload.png");
            cells.getByText("Gail Rising", new Locator.GetByTextOptions().setExact(true)).click();

            assertThat(page).hasURL(base + "/console/clients/" + gailId + "/progress");
            assertThat(heading(page, 2, "Progress: Gail Rising")).isVisible();
            Locator painChart = page.locator("keel-chart").first();
            page.waitForFunction("el => { const c = el.shadowRoot && el.shadowRoot.querySelector('canvas');"
                    + " return c && c.width > 0; }", painChart.elementHandle());
            assertThat((Boolean) painChart.evaluate(PAINTED)).as("the pain chart has drawn").isTrue();

            // The table twin holds the chart's numbers: the last day with a check-in is 7 in both.
            Locator card = page.locator(".keel-chart-card").first();
            card.getByText("Show as table").click();
            Locator lastRow = card.locator("table tbody tr").last();
            assertThat(lastRow).isVisible();
            Object chartValue = painChart.evaluate("el => JSON.parse(el.config).series"
                    + ".find(s => s.label === 'Worst pain').data.at(-2)");
            assertThat(((Number) chartValue).intValue()).isEqualTo(7);
            assertThat(card.locator("table tbody tr").nth(19).locator("td").first()).hasText("7");
            assertThat(card.locator("table tbody tr").nth(0).locator("td").first()).hasText("3");
            screenshot(page, "client-progress.png");

            button(page, "Start an easier week now").click();
            Locator preview = page.locator("#deload-preview");
            assertThat(preview).containsText("Today, easier");
            button(page, "Start the easier week").click();
            assertThat(page.getByText("The easier period starts today.")).isVisible();
        }

        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            signIn(page, base, gail.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");
            assertThat(page.getByText("This is an easier week", new Page.GetByTextOptions()).first()).isVisible();
            page.navigate(base + "/my/progress");
            assertThat(heading(page, 1, "My progress")).isVisible();
            assertThat(page.locator("#progress-sentence")).hasText("Your pain is 4 points higher than when you "
                    + "started. If that worries you, tell your practitioner.");
            Locator chart = page.locator("keel-chart").first();
            page.waitForFunction("el => { const c = el.shadowRoot && el.shadowRoot.querySelector('canvas');"
                    + " return c && c.width > 0; }", chart.elementHandle());
            assertThat((Boolean) chart.evaluate(PAINTED)).as("the phone's pain chart has drawn").isTrue();
            assertNoHorizontalScroll(page);
            screenshot(page, "my-progress-phone.png");
        }
    }
}
