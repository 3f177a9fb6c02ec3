package app.keel.client.ui;

import app.keel.account.AccountService;
import app.keel.account.PractitionerOption;
import app.keel.account.security.CurrentUser;
import app.keel.base.ui.Dates;
import app.keel.client.ClientBulkAction;
import app.keel.client.ClientFilter;
import app.keel.client.ClientService;
import app.keel.client.ClientStatus;
import app.keel.client.ClientSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;

/**
 * Every client the practitioner may see, for managing them (the console's home is the caseload with its flags),
 * paged from the database as the user scrolls.
 */
@Route("console/clients")
@PageTitle("Clients · Keel")
@Menu(title = "Clients", order = 1, icon = "vaadin:users")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
public class ClientListView extends VerticalLayout {

    static final String ANY_STATUS = "Any status";

    final Grid<ClientSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Object> statusFilter = new Select<>();
    final Button newClient = new Button("New client", VaadinIcon.PLUS.create());

    private final transient ClientService clients;
    private final transient AccountService accounts;

    ClientListView(ClientService clients, AccountService accounts, List<ClientBulkAction> bulkActions) {
        this.clients = clients;
        this.accounts = accounts;
        addClassName("keel-page");
        setSizeFull();

        search.setPlaceholder("Search name or e-mail");
        search.setAriaLabel("Search clients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        statusFilter.setAriaLabel("Filter by status");
        statusFilter.setItems(ANY_STATUS, ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.DISCHARGED);
        statusFilter.setItemLabelGenerator(o -> o instanceof ClientStatus s ? s.label() : ANY_STATUS);
        statusFilter.setValue(ANY_STATUS);
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        newClient.addThemeVariants(ButtonVariant.PRIMARY);
        newClient.addClickListener(e -> openNewClientForm());

        configureGrid();
        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, newClient);
        if (!bulkActions.isEmpty()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            bulkActions.forEach(action -> {
                Button button = new Button(action.label(), e -> action.run(List.copyOf(grid.getSelectedItems()),
                        () -> {
                            grid.deselectAll();
                            grid.getDataProvider().refreshAll();
                        }));
                button.setEnabled(false);
                grid.addSelectionListener(e -> button.setEnabled(!e.getAllSelectedItems().isEmpty()));
                toolbar.add(button);
            });
        }
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2("Clients"), toolbar, grid);
    }

    private void configureGrid() {
        ZoneId zone = CurrentUser.require().zoneId();
        var name = grid.addColumn(ClientSummary::fullName).setHeader("Name").setKey("fullName")
                .setSortProperty("fullName").setFlexGrow(2);
        grid.addColumn(ClientSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(c -> c.status().label()).setHeader("Status");
        grid.addColumn(ClientSummary::practitionerName).setHeader("Practitioner");
        grid.addColumn(c -> c.lastActivityAt() == null ? "Not yet" : Dates.dateTime(c.lastActivityAt(), zone))
                .setHeader("Last activity").setKey("lastActivityAt").setSortProperty("lastActivityAt");
        grid.sort(List.of(new GridSortOrder<>(name, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> clients.list(currentFilter(), pageable));
        grid.setEmptyStateText("No clients match. Clear the search or add a new client.");
        grid.addItemClickListener(e -> ClientDetailView.open(e.getItem().id()));
        grid.setSizeFull();
    }

    ClientFilter currentFilter() {
        Object status = statusFilter.getValue();
        return new ClientFilter(search.getValue(), status instanceof ClientStatus s ? s : null);
    }

    private void openNewClientForm() {
        List<PractitionerOption> options = CurrentUser.require().isAdmin() ? accounts.practitionerOptions() : List.of();
        new ClientFormDialog(null, options, clients::create, saved -> ClientDetailView.open(saved.id())).open();
    }
}
