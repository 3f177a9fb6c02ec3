package app.keel.e2e;

import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.PrescriptionService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.WeekPlanService;
import app.keel.sheet.SheetFixtures;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
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
}
