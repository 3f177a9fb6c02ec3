package app.keel.e2e;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static app.keel.e2e.E2eBrowser.assertNoHorizontalScroll;
import static app.keel.e2e.E2eBrowser.button;
import static app.keel.e2e.E2eBrowser.heading;
import static app.keel.e2e.E2eBrowser.screenshot;
import static app.keel.e2e.E2eBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program journey in a real browser: a practitioner builds a load-progression program from the library with a
 * deload rule, checks the week plan and activates it; the client then sees today's dose and the easier weeks ahead on
 * a phone.
 * <p>
 * Vaadin grids render each cell's content in the grid's light DOM and slot it into a cell in the shadow DOM, so
 * Playwright's text filters do not see a row's text, but the accessibility tree does: rows and cells are checked
 * through their accessible names and ARIA snapshots, and editor fields are found through their column header.
 */
class ProgramJourneyIT extends BrowserJourney {

    /** How the client's phone writes dates ("Monday 7 December"). */
    private static final DateTimeFormatter CLIENT_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    /** How the week plan heads its columns ("7 Dec"). */
    private static final DateTimeFormatter WEEK_START = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** The date formats the start-date field may show, depending on the locale the server gives the UI. */
    private static final List<String> DATE_FIELD_FORMATS = List.of("M/d/yyyy", "d/M/yyyy", "dd/MM/yyyy",
            "MM/dd/yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd");
    private static final String EXERCISE = "Kettlebell deadlift";

    @Autowired
    Clock clock;

    @Test
    void practitioner_builds_a_load_program_with_deloads_and_the_client_sees_today_and_the_easier_weeks_on_a_phone() {
        // 1. A studio, a client of its practitioner, and the client's login.
        StudioSetup studio = fixtures.newStudio();
        String clientName = "Jonas Weber-" + TestFixtures.tag();
        ClientDetails client = fixtures.client(studio.practitioner(), clientName);
        KeelUser clientUser = fixtures.clientLogin(studio.practitioner(), client.id());
        String base = "http://localhost:" + port;

        // The app's clock (the test clock, started at the real time) decides "today"; the program starts on this
        // week's Monday, so today is in week 1 and, every day being scheduled, a training day.
        LocalDate today = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate deloadStart = monday.plusWeeks(3);
        LocalDate deloadEnd = deloadStart.plusDays(6);
        assertThat(LocalDate.now(clock.withZone(clientUser.zoneId()))).as("the client's today").isEqualTo(today);

        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();

            // 2. The practitioner signs in and opens the client's programs.
            signIn(page, base, studio.practitioner().email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/console");
            page.navigate(base + "/console/clients/" + client.id() + "/programs");
            assertThat(heading(page, 2, "Programs of " + clientName)).isVisible();

            // 3. A new load-progression program: all week, +2.5 kg a week, every 4th week a deload at 60 %.
            button(page, "New program").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New program"));
            Locator title = field(dialog, "Title");
            assertThat(title).isVisible();
            choose(page, dialog, "Kind", "Load progression");
            title.fill("Hinge strength");

            Locator startDate = field(dialog, "Start date");
            DateTimeFormatter dateFormat = dateFieldFormat(startDate.inputValue(), today.plusDays(1));
            startDate.fill(dateFormat.format(monday));
            startDate.press("Enter");
            assertThat(startDate).hasValue(dateFormat.format(monday));
            // Typing opens the date picker's calendar; wait until Enter has closed it again, as a person would see
            // before moving on (an open calendar can hide the rest of the dialog from the page's accessibility tree).
            assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);

            Locator weeks = field(dialog, "Length (weeks)");
            assertThat(weeks).hasValue("8");
            weeks.fill("8");
            for (DayOfWeek day : DayOfWeek.values()) {
                Locator box = dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                        .setName(day.getDisplayName(TextStyle.SHORT, Locale.UK)).setExact(true));
                box.check();
                assertThat(box).isChecked();
            }
            choose(page, dialog, "Progression", "+ kg per week");
            // The amount field is labelled after the chosen rule.
            field(dialog, "kg more per week").fill("2.5");
            // The gate is on by default; this journey switches it off to see the week-by-week steps in the plan
            // (how the gate holds without logs is covered by LogbookGateIT).
            Locator gate = dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                    .setName("Only progress after a good week (adherence and pain)"));
            assertThat(gate).isChecked();
            gate.uncheck();
            // The deload rule's defaults are the usual ones: every 4th week, sets and weight at 60 %.
            assertThat(field(dialog, "Deload every Nth week")).hasValue("4");
            assertThat(field(dialog, "Deload sets (% of the usual volume)")).hasValue("60");
            assertThat(field(dialog, "Deload weight (% of the usual load)")).hasValue("60");
            button(dialog, "Save").click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/console/programs/\\d+$"));
            assertThat(heading(page, 2, "Hinge strength")).isVisible();
            Locator facts = page.getByText("For " + clientName + " · ");
            assertThat(facts).containsText("Load progression · Draft · ");
            assertThat(facts).containsText("(8 weeks)");
            awaitNoDialog(page);

            // 4. The kettlebell deadlift from the library.
            button(page, "Add from library").click();
            Locator picker = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add from the library"));
            Locator search = picker.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions()
                    .setName("Search the library"));
            assertThat(search).isVisible();
            search.fill("kettlebell");
            Locator library = picker.locator("vaadin-grid");
            // Only once the search has filtered the list is it safe to click: the grid reuses its cells.
            assertThat(library.getByRole(AriaRole.ROW)).hasCount(2);
            assertThat(row(library, EXERCISE)).isVisible();
            library.locator("vaadin-grid-cell-content").getByText(EXERCISE, new Locator.GetByTextOptions()
                    .setExact(true)).click();
            assertThat(search).isHidden();
            awaitNoDialog(page);

            Locator exercises = gridWithHeader(page, "Sets");
            assertThat(row(exercises, EXERCISE)).isVisible();
            // From the library's suggestion: 3 × 8, 90 s rest, tempo 2-1-2-1, and a kilogram load still to be set
            // (a loaded exercise no longer arrives as bodyweight; the program cannot start until the load is set).
            assertThat(exercises).matchesAriaSnapshot("""
                    - row:
                      - gridcell "Kettlebell deadlift"
                      - gridcell "3"
                      - gridcell "8"
                      - gridcell "90"
                      - gridcell "2-1-2-1"
                      - gridcell "— kg"
                    """);

            // 5. Edit the row: kilograms, 20 kg, 8 reps; 25 sets is refused where it was typed, 3 is saved.
            Locator edit = button(page, "Edit");
            clickInGrid(exercises, edit);
            Locator save = button(page, "Save");
            assertThat(save).isVisible();
            Locator load = editorCell(exercises, EXERCISE, "Load").locator("vaadin-select");
            clickInGrid(exercises, load);
            pick(page, load, "Kilograms");
            editorInput(exercises, EXERCISE, "kg").fill("20");
            editorInput(exercises, EXERCISE, "Reps").fill("8");
            Locator setsField = editorCell(exercises, EXERCISE, "Sets").locator("vaadin-integer-field");
            Locator sets = setsField.locator("input");
            sets.fill("25");
            clickInGrid(exercises, save);
            assertThat(setsField).hasAttribute("invalid", "");
            Locator setsError = setsField.locator("[slot=error-message]");
            assertThat(setsError).hasText("Sets: 1 to 20.");
            assertThat(setsError).isVisible();
            assertThat(save).isVisible();
            assertThat(sets).hasValue("25");

            sets.fill("3");
            clickInGrid(exercises, save);
            assertThat(save).isHidden();
            assertThat(edit).isVisible();
            assertThat(exercises).matchesAriaSnapshot("""
                    - row:
                      - gridcell "Kettlebell deadlift"
                      - gridcell "3"
                      - gridcell "8"
                      - gridcell "90"
                      - gridcell "2-1-2-1"
                      - gridcell "20 kg"
                    """);
            // Opened again, the editor shows what was saved and no stale refusal.
            clickInGrid(exercises, edit);
            assertThat(save).isVisible();
            setsField = editorCell(exercises, EXERCISE, "Sets").locator("vaadin-integer-field");
            assertThat(setsField.locator("input")).hasValue("3");
            assertThat(setsField).not().hasAttribute("invalid", "");
            // (The stored load comes back as "20.0": one decimal, as the database keeps it.)
            assertThat(editorInput(exercises, EXERCISE, "kg")).hasValue(Pattern.compile("^20(\\.0)?$"));
            clickInGrid(exercises, button(page, "Cancel"));
            assertThat(save).isHidden();

            // 6. The week plan: +2.5 kg a week, week 4 (and 8) a deload at 60 % that adds no step.
            Locator plan = gridWithHeader(page, Pattern.compile("^Week 1 · "));
            for (int week = 1; week <= 8; week++) {
                LocalDate start = monday.plusWeeks(week - 1);
                String header = "Week " + week + " · " + WEEK_START.format(start) + (week % 4 == 0 ? " · deload" : "");
                assertThat(plan.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(header)
                        .setExact(true))).isVisible();
            }
            assertThat(plan).matchesAriaSnapshot("""
                    - row:
                      - /children: equal
                      - gridcell "Kettlebell deadlift"
                      - gridcell "3 × 8 · 20 kg"
                      - gridcell "3 × 8 · 22.5 kg"
                      - gridcell "3 × 8 · 25 kg"
                      - gridcell "2 × 8 · 15 kg"
                      - gridcell "3 × 8 · 27.5 kg"
                      - gridcell "3 × 8 · 30 kg"
                      - gridcell "3 × 8 · 32.5 kg"
                      - gridcell "2 × 8 · 19.5 kg"
                    """);

            // 7. Activate.
            button(page, "Activate").click();
            assertThat(page.getByText("The program is now active.")).isVisible();
            assertThat(facts).containsText("Load progression · Active · ");
            assertThat(button(page, "Activate")).hasCount(0);
            assertThat(button(page, "Pause")).isVisible();
            screenshot(page, "program-editor.png");
        }

        // 8. The client, on a phone.
        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            signIn(page, base, clientUser.email(), TestFixtures.PASSWORD);
            assertThat(page).hasURL(base + "/my");
            assertThat(heading(page, 1, "Hello, Jonas")).isVisible();
            // Today lists the day's item with its dose and the three choices.
            assertThat(heading(page, 2, "Hinge strength")).isVisible();
            Locator todayCard = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(heading(page, 3, EXERCISE)));
            assertThat(todayCard.getByText("3 sets of 8 · 20 kg", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(todayCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done")
                    .setExact(true))).isVisible();
            Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My program")
                    .setExact(true));
            assertThat(open).isVisible();
            assertNoHorizontalScroll(page);
            screenshot(page, "my-home-with-program-phone.png");

            open.click();
            assertThat(page).hasURL(base + "/my/program");
            assertThat(heading(page, 1, "My program")).isVisible();
            assertThat(heading(page, 2, "Hinge strength")).isVisible();
            Locator card = page.locator(".keel-item").filter(new Locator.FilterOptions()
                    .setHas(heading(page, 3, EXERCISE)));
            assertThat(card).isVisible();
            assertThat(card.getByText("3 sets of 8 · 20 kg", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            // Week 1 is no deload week.
            assertThat(page.getByText("This is an easier week")).hasCount(0);

            assertThat(heading(page, 3, "Easier weeks ahead")).isVisible();
            Locator deloads = page.locator("#upcoming-deloads");
            Locator week4 = deloads.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                    .setHasText(CLIENT_DAY.format(deloadStart) + " to " + CLIENT_DAY.format(deloadEnd)));
            assertThat(week4).isVisible();
            assertThat(week4).containsText("60 %");
            assertThat(deloads.getByRole(AriaRole.LISTITEM)).hasCount(2);
            assertNoHorizontalScroll(page);
            screenshot(page, "my-program-phone.png");
        }
    }

    /** A labelled field (its input) in the given scope. */
    private static Locator field(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /** Picks an option in the select labelled {@code label} in scope. */
    private static void choose(Page page, Locator scope, String label, String option) {
        Locator select = scope.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label[slot=label]").getByText(label, new Locator.GetByTextOptions().setExact(true))));
        select.click();
        pick(page, select, option);
    }

    /** Picks an option in a select whose list is open. */
    private static void pick(Page page, Locator select, String option) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(select.locator("vaadin-select-value-button")).hasText(option);
    }

    /**
     * The format the date field shows, learned from the date it was opened with (the UI's locale is the server's
     * choice, not the browser's).
     */
    private static DateTimeFormatter dateFieldFormat(String shown, LocalDate expected) {
        return DATE_FIELD_FORMATS.stream().map(DateTimeFormatter::ofPattern)
                .filter(f -> f.format(expected).equals(shown))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The start date field shows \"" + shown
                        + "\"; expected tomorrow, " + expected + ", in one of " + DATE_FIELD_FORMATS));
    }

    /** Waits until closed dialogs have left the page (the server removes them once closing has finished). */
    private static void awaitNoDialog(Page page) {
        assertThat(page.locator("vaadin-dialog")).hasCount(0);
    }

    /**
     * Clicks something in a grid cell. The editor grid is wider than the window; a Playwright click that itself
     * scrolls the grid sideways to reach a button was seen to send nothing to the server, so scroll first and click
     * once the grid's scroller has settled (vaadin-grid marks it {@code scrolling} for a moment after each scroll).
     */
    private static void clickInGrid(Locator grid, Locator target) {
        target.scrollIntoViewIfNeeded();
        assertThat(grid.locator("#scroller")).not().hasAttribute("scrolling", Pattern.compile(".*"));
        target.click();
    }

    private static Locator gridWithHeader(Page page, String header) {
        return page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(header).setExact(true))));
    }

    private static Locator gridWithHeader(Page page, Pattern header) {
        return page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(header))));
    }

    private static Locator row(Locator grid, String firstCell) {
        return grid.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + firstCell + " ")));
    }

    private static Locator editorInput(Locator grid, String firstCell, String header) {
        return editorCell(grid, firstCell, header).locator("input");
    }

    /**
     * The content of one cell: the row whose first cell reads {@code firstCell}, the column headed {@code header}.
     * Resolved now (call it while the grid is steady, e.g. with the editor open): it names the cell's slot.
     */
    private static Locator editorCell(Locator grid, String firstCell, String header) {
        Object slot = grid.evaluate("""
                (grid, [firstCell, header]) => {
                    const text = cell => {
                        const slot = cell.querySelector('slot');
                        return slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join('').trim() : '';
                    };
                    const slotName = cell => cell.querySelector('slot')?.name;
                    const rows = [...grid.shadowRoot.querySelectorAll('tr')].filter(r => !r.hidden);
                    const headerRow = rows.find(r => [...r.children].some(c => text(c) === header));
                    const row = rows.find(r => r.children.length > 0 && text(r.children[0]) === firstCell);
                    if (!headerRow || !row) {
                        return null;
                    }
                    const index = [...headerRow.children].findIndex(c => text(c) === header);
                    return slotName(row.children[index]) ?? null;
                }""", List.of(firstCell, header));
        assertThat(slot).as("cell \"" + header + "\" of the row \"" + firstCell + "\"").isNotNull();
        return grid.locator("vaadin-grid-cell-content[slot='" + slot + "']");
    }
}
