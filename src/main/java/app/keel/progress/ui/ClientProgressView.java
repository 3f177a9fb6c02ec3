package app.keel.progress.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Notifications;
import app.keel.progress.CaseloadRow;
import app.keel.progress.CaseloadService;
import app.keel.progress.EarlyDeloadService;
import app.keel.progress.Flag;
import app.keel.progress.ProgressCharts;
import app.keel.progress.ProgressReport;
import app.keel.progress.ProgressService;
import app.keel.progress.Trends;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;

/**
 * A client's progress for their practitioner: the flags in full, the early deload, and every chart with its table
 * twin over a chosen range, deload periods shaded.
 */
@Route("console/clients/:clientId/progress")
@PageTitle("Progress · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
public class ClientProgressView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Div flags = new Div();
    final Div charts = new Div();
    final Button easierWeek = new Button("Start an easier week now");

    private final transient ProgressService progress;
    private final transient CaseloadService caseload;
    private final transient EarlyDeloadService earlyDeload;
    private long clientId;

    ClientProgressView(ProgressService progress, CaseloadService caseload, EarlyDeloadService earlyDeload) {
        this.progress = progress;
        this.caseload = caseload;
        this.earlyDeload = earlyDeload;
        addClassName("keel-page");
        easierWeek.addThemeVariants(ButtonVariant.PRIMARY);
        easierWeek.addClickListener(e -> new EarlyDeloadDialog(earlyDeload, clientId, saved -> {
            Notifications.success("The easier period starts today.");
            load(from.getValue(), to.getValue());
        }).open());
        Button apply = new Button("Show", e -> load(from.getValue(), to.getValue()));
        charts.setId("charts");
        HorizontalLayout range = new HorizontalLayout(from, to, apply);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, flags, range, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            clientId = Long.parseLong(event.getRouteParameters().get("clientId").orElse(""));
            load(null, null);
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            add(new H2("Client not found"),
                    new Paragraph("This client does not exist or is not in your caseload."),
                    new RouterLink("Back to the caseload", CaseloadView.class));
        }
    }

    private void load(LocalDate start, LocalDate end) {
        ProgressReport report;
        try {
            report = progress.forClient(clientId, start, end);
        } catch (InvalidInputException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
            return;
        }
        title.setText("Progress: " + report.clientName());
        from.setValue(report.from());
        to.setValue(report.to());
        showFlags(caseload.client(clientId));
        charts.removeAll();
        Paragraph sentence = new Paragraph(Trends.painSentence(report.days(), report.today()));
        sentence.addClassName("keel-progress-sentence");
        charts.add(sentence, new ChartWithTable(ProgressCharts.pain(report, true)),
                new Paragraph("The grey band is the baseline (the first week's average worst pain) ± "
                        + ProgressCharts.BAND + " points: a change beyond it is clinically meaningful."),
                new ChartWithTable(ProgressCharts.adherence(report)),
                new OutcomePanel(Trends.adherenceAndOutcome(report.days())));
        report.loads().forEach(line -> charts.add(new ChartWithTable(ProgressCharts.load(report, line))));
        charts.add(new ChartWithTable(ProgressCharts.effort(report)),
                new ChartWithTable(ProgressCharts.wellbeing(report)));
        if (!report.psfs().isEmpty()) {
            charts.add(new ChartWithTable(ProgressCharts.psfs(report)));
        }
    }

    private void showFlags(CaseloadRow row) {
        flags.removeAll();
        flags.add(new FlagPanel(row, flag -> {
            try {
                caseload.acknowledge(clientId, flag);
            } catch (InvalidInputException e) {
                Notifications.error(String.join(" ", e.fieldErrors().values()));
            }
            showFlags(caseload.client(clientId));
        }));
        boolean offer = row.has(Flag.PAIN_UP) || row.has(Flag.FLARE_UP);
        if (offer) {
            flags.add(easierWeek);
        }
        flags.add(new HorizontalLayout(new Anchor("console/clients/" + clientId + "/log", "Log"),
                new Anchor("console/clients/" + clientId + "/programs", "Programs"),
                new RouterLink("Back to the caseload", CaseloadView.class)));
    }
}
