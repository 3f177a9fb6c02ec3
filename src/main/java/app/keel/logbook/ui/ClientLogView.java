package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.NotFoundState;
import app.keel.base.ui.Notifications;
import app.keel.logbook.ClientLogService;
import app.keel.logbook.LogDay;
import app.keel.logbook.LogSummary;
import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.psfs.PsfsService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * A client's log for staff: adherence over 7 and 28 days, then one row per day (newest first, lazily loaded) with
 * the day's adherence, worst pain, flare-up and notes; a row opens to what was logged for each item. Read-only:
 * staff never edit a client's log.
 */
@Route("console/clients/:clientId/log")
@PageTitle("Log · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ClientLogView extends VerticalLayout implements BeforeEnterObserver {

    static final int DEFAULT_DAYS = 28;

    private final transient ClientLogService log;
    private final transient PsfsService psfs;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<LogDay> grid = new Grid<>();
    private long clientId;

    ClientLogView(ClientLogService log, PsfsService psfs) {
        this.log = log;
        this.psfs = psfs;
        addClassName("keel-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            clientId = Long.parseLong(event.getRouteParameters().get("clientId").orElse(""));
            show(log.summary(clientId));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundState.show(this, "client");
        }
    }

    private void show(LogSummary summary) {
        add(new H2("Log: " + summary.clientName()));
        Paragraph head = new Paragraph("Adherence: " + percent(summary.adherence7()) + " over the last 7 days, "
                + percent(summary.adherence28()) + " over the last 28 days. "
                + (summary.lastLogged() == null ? "Nothing logged in the last 28 days."
                : "Last entry: " + Dates.date(summary.lastLogged()) + "."));
        head.setId("log-summary");
        add(head, new Details("How adherence is counted", new Paragraph(Adherence.RULE_IN_WORDS)),
                new HorizontalLayout(new Anchor("console/clients/" + clientId, "Back to the client"),
                        new Anchor("console/clients/" + clientId + "/programs", "Programs")));
        from.setValue(summary.today().minusDays(DEFAULT_DAYS - 1L));
        to.setValue(summary.today());
        to.setMax(summary.today());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(from, to));
        configureGrid();
        add(grid, new PsfsEditor(psfs, clientId));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(d -> Dates.date(d.date())).setHeader("Day").setAutoWidth(true);
        grid.addColumn(d -> d.scheduled() == 0 ? "nothing planned" : percent(d.adherence())).setHeader("Adherence");
        grid.addColumn(d -> d.scheduled() == 0 && !d.hasLogs() ? "" : d.done() + " done · " + d.partly()
                + " partly · " + d.skipped() + " skipped · of " + d.scheduled()).setHeader("Items").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.worstPain() == null ? "no check-in" : d.worstPain() + " / 10").setHeader("Worst pain");
        grid.addColumn(d -> Boolean.TRUE.equals(d.flareUp()) ? "Flare-up" : "").setHeader("Flare-up");
        grid.addColumn(ClientLogView::notes).setHeader("Notes").setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(
                day -> new DayItemsPanel(log.itemLogs(clientId, day.date()))));
        grid.setDetailsVisibleOnClick(true);
        grid.setEmptyStateText("No days in this range.");
        grid.setId("log-days");
    }

    private void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            Notifications.error("Choose a start date on or before the end date.");
            return;
        }
        grid.setItems(
                q -> {
                    try {
                        return log.days(clientId, start, end, q.getOffset(), q.getLimit()).stream();
                    } catch (InvalidInputException e) {
                        Notifications.error(e.getMessage());
                        return Stream.empty();
                    }
                },
                q -> LogDay.daysBetween(start, end));
    }

    private static String notes(LogDay d) {
        String itemNotes = d.itemNotes() == 0 ? "" : " (" + d.itemNotes()
                + (d.itemNotes() == 1 ? " item note)" : " item notes)");
        return (d.checkInNote() == null ? "" : d.checkInNote()) + itemNotes;
    }

    static String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble()) + " %" : "—";
    }
}
