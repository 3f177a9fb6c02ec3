package app.keel.progress.ui;

import app.keel.account.AccountService;
import app.keel.account.PractitionerOption;
import app.keel.account.security.CurrentUser;
import app.keel.base.ui.Dates;
import app.keel.progress.CaseloadFilter;
import app.keel.progress.CaseloadRow;
import app.keel.progress.CaseloadService;
import app.keel.progress.Flag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;

/**
 * The console's home: the practitioner's clients (an admin's: the studio's), those needing attention first. Each
 * flag explains itself on hover; the client's progress page explains it in full and offers the actions.
 */
@Route("console")
@PageTitle("Caseload · Keel")
@Menu(title = "Caseload", order = 0, icon = "vaadin:clipboard-pulse")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
public class CaseloadView extends VerticalLayout {

    static final String ANY_FLAG = "Any client";
    static final String ANY_PRACTITIONER = "All practitioners";

    final Grid<CaseloadRow> grid = new Grid<>();
    final Select<Object> flagFilter = new Select<>();
    final Select<Object> practitionerFilter = new Select<>();

    private final transient CaseloadService caseload;

    CaseloadView(CaseloadService caseload, AccountService accounts) {
        this.caseload = caseload;
        addClassName("keel-page");
        setSizeFull();

        flagFilter.setLabel("Show");
        List<Object> flags = new ArrayList<>(List.of(ANY_FLAG));
        flags.addAll(List.of(Flag.values()));
        flagFilter.setItems(flags);
        flagFilter.setItemLabelGenerator(o -> o instanceof Flag f ? "Flagged: " + f.label() : ANY_FLAG);
        flagFilter.setValue(ANY_FLAG);
        flagFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(flagFilter);
        if (CurrentUser.require().isAdmin()) {
            List<Object> options = new ArrayList<>(List.of(ANY_PRACTITIONER));
            options.addAll(accounts.practitionerOptions());
            practitionerFilter.setLabel("Practitioner");
            practitionerFilter.setItems(options);
            practitionerFilter.setItemLabelGenerator(o -> o instanceof PractitionerOption p ? p.fullName()
                    : ANY_PRACTITIONER);
            practitionerFilter.setValue(ANY_PRACTITIONER);
            practitionerFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            toolbar.add(practitionerFilter);
        }
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        Paragraph hint = new Paragraph("Clients who need attention come first. Hover over a flag to see why it is "
                + "raised; open a client for their progress.");
        hint.addClassName("keel-muted");
        add(new H2("Caseload"), hint, toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(CaseloadRow::fullName).setHeader("Name").setKey("name").setSortProperty("name")
                .setFlexGrow(2);
        if (CurrentUser.require().isAdmin()) {
            grid.addColumn(CaseloadRow::practitionerName).setHeader("Practitioner");
        }
        grid.addColumn(r -> r.lastLog() == null ? "Never" : Dates.date(r.lastLog())).setHeader("Last log");
        grid.addColumn(r -> r.adherence7() == null ? "—" : Math.round(r.adherence7()) + " %")
                .setHeader("Adherence (7 days)");
        grid.addColumn(FlagBadges.trendRenderer()).setHeader("Pain trend");
        var flags = grid.addColumn(FlagBadges.flagsRenderer()).setHeader("Flags").setKey("urgency")
                .setSortProperty("urgency").setFlexGrow(3);
        grid.sort(List.of(new GridSortOrder<>(flags, SortDirection.DESCENDING)));
        grid.setItemsPageable(this::fetch);
        grid.setEmptyStateText("No clients here. Clear the filters, or add clients under Clients.");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
                "console/clients/" + e.getItem().clientId() + "/progress"));
        grid.setSizeFull();
    }

    private List<CaseloadRow> fetch(Pageable pageable) {
        Sort.Order name = pageable.getSort().getOrderFor("name");
        return caseload.page(currentFilter(name == null), (int) pageable.getOffset(), pageable.getPageSize());
    }

    CaseloadFilter currentFilter(boolean byUrgency) {
        Flag flag = flagFilter.getValue() instanceof Flag f ? f : null;
        Long practitioner = practitionerFilter.getValue() instanceof PractitionerOption p ? p.id() : null;
        return new CaseloadFilter(practitioner, flag, byUrgency);
    }
}
