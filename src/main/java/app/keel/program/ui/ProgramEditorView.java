package app.keel.program.ui;

import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.NotFoundState;
import app.keel.base.ui.Notifications;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.template.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;


/** Builds one program: settings, exercises in an editable grid, deload periods, and the resulting week plan. */
@Route("console/programs/:programId")
@PageTitle("Program · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver {


    private final transient ProgramService programs;
    private final transient PrescriptionService items;
    private final transient WeekPlanService weekPlans;
    private final transient ExerciseService exercises;
    private final transient TemplateService templates;
    private ProgramDetails program;
    /** The program's version as of the last thing this page showed or did itself; every add is checked against it. */
    private long version;
    PrescriptionGrid prescriptions;
    private final VerticalLayout weekPlanHolder = new VerticalLayout();
    private final VerticalLayout historyHolder = new VerticalLayout();
    /** The plan's attention notice or step warnings, above the week-plan grid. */
    private final Div planMessages = new Div();
    private WeekPlanGrid weekPlan;
    private HistorySection history;

    ProgramEditorView(ProgramService programs, PrescriptionService items, WeekPlanService weekPlans,
                      ExerciseService exercises, TemplateService templates) {
        this.templates = templates;
        this.programs = programs;
        this.items = items;
        this.weekPlans = weekPlans;
        this.exercises = exercises;
        addClassName("keel-page");
        weekPlanHolder.setPadding(false);
        historyHolder.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(programs.get(Long.parseLong(event.getRouteParameters().get("programId").orElse(""))));
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            NotFoundState.show(this, "program");
        }
    }

    private void show(ProgramDetails details) {
        program = details;
        version = details.version();
        removeAll();
        weekPlan = null;
        history = null;
        boolean editable = details.status() != ProgramStatus.COMPLETED && details.status() != ProgramStatus.ARCHIVED;
        Paragraph facts = new Paragraph("For " + details.clientName() + " · " + details.kind().label() + " · "
                + details.status().label() + " · " + Dates.date(details.startDate()) + " to "
                + Dates.date(details.endDate()) + " (" + details.weeks() + " weeks)");
        HorizontalLayout actions = new HorizontalLayout();
        Button settings = new Button("Settings", e -> new ProgramFormDialog(program, program.draft(),
                draft -> programs.update(program.id(), version, draft), this::show).open());
        settings.setEnabled(editable);
        actions.add(settings);
        details.nextStatuses().forEach(target -> actions.add(statusButton(target)));
        actions.add(new Button("Save as template", e -> TemplateDialogs.saveAs(templates, program)));
        actions.add(sheetLink(details.id(), "Print sheet (PDF)"));
        actions.add(new Anchor("console/clients/" + details.clientId() + "/programs", "All programs of this client"));
        actions.setAlignItems(Alignment.CENTER);

        Button add = new Button("Add from library", e -> new ExercisePickerDialog(exercises, picked -> {
            try {
                version = items.add(program.id(), version, picked.id()).programVersion();
            } catch (InvalidInputException | ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
                return false;
            }
            String precautions = exercises.get(picked.id()).precautions();
            if (precautions != null) {
                Notifications.warning("Precautions for " + picked.name() + ": " + precautions);
            }
            prescriptions.refresh();
            refreshPlan();
            return true;
        }).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setEnabled(editable);
        prescriptions = new PrescriptionGrid(items, details.id(), editable, saved -> {
            version = saved;
            refreshPlan();
        });
        add(new H2(details.title()), facts, actions, new H3("Exercises"), add, prescriptions,
                new H3("Deload periods"), new DeloadSection(programs, details, () -> version, editable, this::show),
                new H3("Week plan"), weekPlanHolder, new H3("History"), historyHolder);
        refreshPlan();
    }

    private Button statusButton(ProgramStatus target) {
        String label = switch (target) {
            case ACTIVE -> program.status() == ProgramStatus.PAUSED ? "Resume" : "Activate";
            case PAUSED -> "Pause";
            case COMPLETED -> "Mark completed";
            case ARCHIVED -> "Archive";
            case DRAFT -> "Back to draft";
        };
        Button button = new Button(label, e -> {
            try {
                show(programs.changeStatus(program.id(), version, target));
                Notifications.success("The program is now " + target.label().toLowerCase() + ".");
            } catch (InvalidInputException | ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        if (target == ProgramStatus.ACTIVE) {
            button.addThemeVariants(ButtonVariant.SUCCESS);
        }
        return button;
    }

    /** The sheet's own address (served outside the router), saved as a file so it never replaces the editor. */
    static Anchor sheetLink(long programId, String text) {
        Anchor link = new Anchor("sheets/programs/" + programId + ".pdf", text);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setId("sheet-" + programId);
        return link;
    }

    /**
     * After any change to items: the plan and (for running programs) the history have moved on. The grids stay and
     * get new rows (a new week-plan grid only when the weeks changed), so a saved cell sends little to the browser.
     */
    private void refreshPlan() {
        WeekPlanTable plan = weekPlans.weekPlan(program.id());
        planMessages.removeAll();
        if (plan.attention() != null) {
            Paragraph attention = new Paragraph(plan.attention());
            attention.addClassName("keel-attention");
            attention.setId("plan-attention");
            planMessages.add(attention);
        }
        plan.warnings().forEach(w -> {
            Paragraph warning = new Paragraph(w);
            warning.addClassName("keel-attention");
            warning.addClassName("keel-step-warning");
            planMessages.add(warning);
        });
        // A plan that needs attention shows no grid; otherwise the grid stays unless the weeks changed.
        boolean kept = plan.attention() == null && weekPlan != null && weekPlan.update(plan);
        if (!kept) {
            weekPlanHolder.removeAll();
            weekPlanHolder.add(planMessages);
            weekPlan = plan.attention() == null ? new WeekPlanGrid(plan) : null;
            if (weekPlan != null) {
                weekPlanHolder.add(weekPlan);
            }
        }
        if (history == null) {
            history = new HistorySection(programs, program.id());
            historyHolder.removeAll();
            historyHolder.add(history);
        } else {
            history.refresh();
        }
    }
}
