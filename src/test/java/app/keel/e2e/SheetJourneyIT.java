package app.keel.e2e;

import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.sheet.SheetFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.signIn;
import static app.keel.support.TestFixtures.as;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner prints a program sheet from the program editor in a real browser and gets the real PDF. */
class SheetJourneyIT extends BrowserJourney {

    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    Clock clock;

    @Test
    void practitioner_downloads_the_sheet_from_the_program_editor() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        String clientName = "Ada Sheet-" + TestFixtures.tag();
        ClientDetails client = fixtures.client(studio.practitioner(), clientName);
        ProgramDetails program = SheetFixtures.activeProgram(programs, items, exercises, studio.practitioner(),
                client.id(), LocalDate.now(clock), 8, 2);
        String weekOne = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id())).items().getFirst()
                .doses().getFirst();
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, studio.practitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            page.navigate(base + "/console/programs/" + program.id());
            assertThat(heading(page, 2, "Hinge strength")).isVisible();

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Print sheet (PDF)")).click());

            assertThat(download.failure()).isNull();
            assertThat(download.suggestedFilename()).endsWith("-hinge-strength-" + program.id() + ".pdf");
            Path saved = Path.of("target", "sheets", "journey-" + program.id() + ".pdf");
            download.saveAs(saved);
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(saved))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains(clientName, "Week 1: " + weekOne);
            }
        }
    }

    @Test
    void practitioner_downloads_a_zip_of_the_chosen_clients_sheets_from_the_clients_grid() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        String tag = TestFixtures.tag();
        for (String name : new String[]{"Bea Zip-" + tag, "Cal Zip-" + tag}) {
            ClientDetails client = fixtures.client(studio.practitioner(), name);
            SheetFixtures.activeProgram(programs, items, exercises, studio.practitioner(), client.id(),
                    LocalDate.now(clock), 4, 1);
        }
        String base = "http://localhost:" + port;

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            signIn(page, base, studio.practitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            // The console opens on the caseload; the clients grid with its bulk actions is one page further.
            page.navigate(base + "/console/clients");
            Locator rows = page.locator("vaadin-grid-cell-content vaadin-checkbox:not(#selectAllCheckbox)");
            assertThat(rows).hasCount(2);
            rows.nth(0).click();
            rows.nth(1).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print sheets")).click();
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Program sheets for 2 clients");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download ZIP")).click());

            assertThat(download.suggestedFilename()).isEqualTo("program-sheets.zip");
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    names.add(e.getName());
                    assertThat(new String(zip.readNBytes(5))).isEqualTo("%PDF-");
                }
            }
            assertThat(names).hasSize(2).allSatisfy(n -> assertThat(n).contains("-zip-" + tag));
            assertThat(page.locator("#sheets-status")).hasText("Done: 2 sheets.");
        }
    }
}
