package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.SafetyNotes;
import app.keel.client.ClientService;
import app.keel.logbook.BreakCountService;
import app.keel.logbook.LogbookService;
import app.keel.logbook.TodayPage;
import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.psfs.PsfsPrompt;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.plan.MyProgram;
import app.keel.program.plan.TimeOfDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client's home on their phone: the day's items with one tap each for done, partly or skipped, the daily
 * check-in and, when due, the PSFS ratings. {@code ?day=2026-11-30} opens an earlier day to catch up.
 */
@Route("my")
@PageTitle("Today · Keel")
@Menu(title = "Today", order = 1)
@RolesAllowed("CLIENT")
class TodayView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final String ANY_TIME = "Any time today";

    private final LogbookService logbook;
    private final PsfsService psfs;
    private final BreakCountService breaks;
    private final String firstName;

    TodayView(LogbookService logbook, PsfsService psfs, ClientService clients, BreakCountService breaks) {
        this.logbook = logbook;
        this.breaks = breaks;
        this.psfs = psfs;
        this.firstName = clients.myName().strip().split("\\s+")[0];
        setPadding(false);
        addClassName("keel-today");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate day = event.getLocation().getQueryParameters().getSingleParameter("day").map(TodayView::parse)
                .orElse(null);
        try {
            show(logbook.day(day));
        } catch (InvalidInputException e) {
            removeAll();
            add(new H1("Hello, " + firstName), new Paragraph(e.getMessage()), link("Back to today", null));
        }
    }

    private void show(TodayPage page) {
        removeAll();
        add(new H1(page.isToday() ? "Hello, " + firstName : DAY.format(page.date())));
        Paragraph date = new Paragraph(page.isToday() ? "Today is " + DAY.format(page.date()) + "."
                : "You are catching up on an earlier day.");
        date.setId("day");
        add(date, navigation(page));
        if (page.programs().isEmpty()) {
            Div empty = new Div(new Paragraph("Your practitioner has not assigned a program yet."),
                    new Paragraph("When they do, your exercises and daily habits will appear here, with how much "
                            + "to do each day. You can already fill in your check-in below."));
            empty.addClassName("keel-empty");
            empty.setId("no-program");
            add(empty);
        }
        page.programs().forEach(p -> showProgram(page, p));
        if (!page.programs().isEmpty()) {
            add(SafetyNotes.painGuidance(), SafetyNotes.redFlags());
        }
        add(new CheckInForm(page.checkIn(), page.checkInOpen(), d -> logbook.saveCheckIn(page.date(), d)));
        if (page.isToday()) {
            PsfsPrompt prompt = psfs.myPsfs();
            if (prompt.due() || prompt.ratedToday()) {
                add(new PsfsForm(prompt, psfs::rate));
            }
        }
        Details help = new Details("How we count what you did", new Paragraph(Adherence.RULE_IN_WORDS));
        add(help);
    }

    private void showProgram(TodayPage page, MyProgram program) {
        add(new H2(program.title()));
        if (program.needsAttention()) {
            add(notice(MyProgram.ATTENTION_TEXT, "keel-attention"));
            return;
        }
        if (program.paused()) {
            add(notice(MyProgram.PAUSED_TEXT, "keel-paused"));
            return;
        }
        if (!program.scheduledToday()) {
            boolean rhythm = !program.today().isEmpty();
            add(new Paragraph((page.isToday() ? "No exercise session today: a rest day."
                    : "No exercise session that day.") + (rhythm ? " Your daily rhythm goes on:" : "")));
            if (!rhythm) {
                return;
            }
        }
        if (program.deloadToday()) {
            // A deload may keep the sets and only lighten the weight: then there is no volume percent to quote.
            String how = program.deloadPercent() < 100 ? "reduced to about " + program.deloadPercent()
                    + " % of the usual" : "lighter than usual";
            Span note = new Span("This is an easier week, to let your body recover and adapt. The amounts below are "
                    + "already " + how + "; breathing, resting and daily habits stay as they are.");
            note.addClassName("keel-deload-note");
            add(note);
        }
        groupByTimeOfDay(program.today()).forEach((time, items) -> {
            if (!time.equals(ANY_TIME) || program.today().stream().anyMatch(i -> i.timeAnchor() != null)) {
                add(new H2(time));
            }
            items.forEach(item -> add(item.countedThroughTheDay() && page.isToday()
                    ? new BreakCounter(item, page.breaksDone(item.prescriptionId()), breaks)
                    : new ItemCard(item, page.log(item.prescriptionId()).orElse(null),
                    (id, draft) -> logbook.logItem(id, page.date(), draft), () -> show(logbook.day(page.date())))));
        });
    }

    /**
     * Items anchored to a time of day ("on waking", "after lunch") come under that heading, the headings in the order
     * of the day (waking to bedtime, see {@link TimeOfDay}), items within one heading in the program's order.
     */
    static Map<String, List<MyProgram.Item>> groupByTimeOfDay(List<MyProgram.Item> items) {
        Map<String, List<MyProgram.Item>> groups = new LinkedHashMap<>();
        List<MyProgram.Item> byTime = new ArrayList<>(items);
        byTime.sort(Comparator.comparing(MyProgram.Item::timeAnchor,
                (a, b) -> TimeOfDay.order().compare(first(a), first(b))));
        for (MyProgram.Item item : byTime) {
            String anchor = item.timeAnchor() == null || item.timeAnchor().isBlank() ? ANY_TIME
                    : capitalise(item.timeAnchor().split(",")[0].strip());
            groups.computeIfAbsent(anchor, k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    private static Paragraph notice(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private FlexLayout navigation(TodayPage page) {
        FlexLayout nav = new FlexLayout();
        nav.addClassName("keel-day-nav");
        if (page.canGoBack()) {
            nav.add(link("Previous day", page.date().minusDays(1)));
        }
        if (!page.isToday()) {
            nav.add(link("Next day", page.date().plusDays(1).equals(page.today()) ? null : page.date().plusDays(1)));
            nav.add(link("Back to today", null));
        }
        return nav;
    }

    private Button link(String text, LocalDate day) {
        return new Button(text, e -> getUI().ifPresent(ui -> ui.navigate("my", day == null ? QueryParameters.empty()
                : QueryParameters.of("day", day.toString()))));
    }

    private static String first(String anchors) {
        return anchors == null || anchors.isBlank() ? null : anchors.split(",")[0].strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
