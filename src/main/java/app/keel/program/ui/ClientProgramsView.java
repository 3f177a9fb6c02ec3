package app.keel.program.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.NotFoundState;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramService;
import app.keel.program.ProgramSummary;
import app.keel.program.template.TemplateService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/** A client's programs, newest first, and starting a new one. */
@Route("console/clients/:clientId/programs")
@PageTitle("Programs · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ClientProgramsView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ProgramService programs;
    private final transient ClientService clients;
    private final transient Clock clock;
    private final transient TemplateService templates;

    ClientProgramsView(ProgramService programs, ClientService clients, Clock clock, TemplateService templates) {
        this.templates = templates;
        this.programs = programs;
        this.clients = clients;
        this.clock = clock;
        addClassName("keel-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            ClientRef client = clients.reference(Long.parseLong(event.getRouteParameters().get("clientId").orElse("")));
            show(client);
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundState.show(this, "client");
        }
    }

    private void show(ClientRef client) {
        Grid<ProgramSummary> grid = new Grid<>();
        grid.addColumn(ProgramSummary::title).setHeader("Program").setFlexGrow(3);
        grid.addColumn(p -> p.kind().label()).setHeader("Kind");
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addColumn(p -> Dates.date(p.startDate())).setHeader("Starts");
        grid.addColumn(p -> p.weeks() + " weeks").setHeader("Length");
        grid.setItems(programs.forClient(client.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No programs yet. Start one with \"New program\".");
        grid.addItemClickListener(e -> UI.getCurrent().navigate("console/programs/" + e.getItem().id()));

        Button create = new Button("New program", VaadinIcon.PLUS.create(), e -> {
            ProgramDraft draft = new ProgramDraft();
            draft.setStartDate(CurrentUser.require().today(clock).plusDays(1));
            new ProgramFormDialog(null, draft, d -> programs.create(client.id(), d),
                    saved -> UI.getCurrent().navigate("console/programs/" + saved.id())).open();
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button fromTemplate = new Button("Start from template", e -> TemplateDialogs.startFrom(templates, client,
                CurrentUser.require().today(clock).plusDays(1),
                saved -> UI.getCurrent().navigate("console/programs/" + saved.id())));
        add(new H2("Programs of " + client.fullName()), new HorizontalLayout(create, fromTemplate), grid,
                new Anchor("console/clients/" + client.id(), "Back to " + client.fullName()));
    }
}
