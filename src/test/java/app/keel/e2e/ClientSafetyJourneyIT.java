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
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static app.keel.e2e.E2eBrowser.assertNoHorizontalScroll;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** On a phone, the client's Today page and program page both say how much pain is all right and when to seek care. */
class ClientSafetyJourneyIT extends BrowserJourney {

    @Autowired
    Clock clock;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;

    @Test
    void the_client_sees_the_pain_traffic_light_and_the_red_flag_box_on_today_and_on_the_program_page() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Sam Safety");
        KeelUser clientUser = fixtures.clientLogin(studio.practitioner(), client.id());
        KeelUser staff = studio.practitioner();
        LocalDate today = LocalDate.now(clock.withZone(staff.zoneId()));
        ProgramFixtures.running(programs, items, exercises, staff, client.id(), today, "heel slides");
        String base = "http://localhost:" + port;

        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            signIn(page, base, clientUser.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");
            assertGuidance(page);
            screenshot(page, "today-pain-guidance-phone.png");

            page.navigate(base + "/my/program");
            assertThat(heading(page, 1, "My program")).isVisible();
            assertGuidance(page);
            assertNoHorizontalScroll(page);
        }
    }

    @Test
    void on_a_phone_the_client_counts_breaks_with_one_big_button_and_reads_each_side() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Bea Breaks");
        KeelUser clientUser = fixtures.clientLogin(studio.practitioner(), client.id());
        KeelUser staff = studio.practitioner();
        LocalDate today = LocalDate.now(clock.withZone(staff.zoneId()));
        ProgramFixtures.running(programs, items, exercises, staff, client.id(), today, "Side plank on your knees",
                "Standing rest, leaning");
        String base = "http://localhost:" + port;

        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            signIn(page, base, clientUser.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");
            Locator plank = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(page.getByText("Side plank on your knees")));
            assertThat(plank).containsText(", each side");

            Locator rest = page.locator(".keel-break-counter");
            assertThat(rest).containsText("None yet today (4 planned). Tap after each one.");
            Locator plusOne = rest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+1 break done"));
            org.assertj.core.api.Assertions.assertThat(plusOne.boundingBox().height).as("a thumb-sized target")
                    .isGreaterThanOrEqualTo(48);
            plusOne.click();
            assertThat(rest).containsText("1 of 4 breaks so far today.");
            plusOne.click();
            assertThat(rest).containsText("2 of 4 breaks so far today.");
            assertNoHorizontalScroll(page);
            screenshot(page, "today-break-counter-phone.png");

            page.reload();
            assertThat(page.locator(".keel-break-counter")).containsText("2 of 4 breaks so far today.");
        }
    }

    private static void assertGuidance(Page page) {
        Locator guidance = page.locator("#pain-guidance");
        assertThat(guidance.getByText("Green · 0 to 3 out of 10:")).isVisible();
        assertThat(guidance).containsText("acceptable, as long as it has settled by the next morning");
        assertThat(guidance.getByText("Red · above 5, or worse the next morning:")).isVisible();
        Locator redFlags = page.locator("#red-flags");
        assertThat(heading(page, 2, "Stop and get medical help now")).isVisible();
        assertThat(redFlags).containsText("not being able to hold your bladder or bowels");
        assertThat(redFlags).containsText("call your doctor or your local emergency number straight away");
    }
}
