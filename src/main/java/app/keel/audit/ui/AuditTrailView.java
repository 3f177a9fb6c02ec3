package app.keel.audit.ui;

import app.keel.account.security.CurrentUser;
import app.keel.audit.AuditEntry;
import app.keel.audit.AuditFilter;
import app.keel.audit.AuditOption;
import app.keel.audit.AuditService;
import app.keel.audit.ChainCheck;
import app.keel.base.ui.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Locale;

/** Studio admins: who read or changed what, when and from where, and whether the trail is intact. */
@Route("console/audit")
@PageTitle("Audit trail · Keel")
@Menu(title = "Audit trail", order = 8, icon = "vaadin:records")
@RolesAllowed("STUDIO_ADMIN")
class AuditTrailView extends VerticalLayout {

    private final transient AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<AuditOption> person = new ComboBox<>("Person");
    private final ComboBox<AuditOption> client = new ComboBox<>("Client");
    private final ComboBox<String> kind = new ComboBox<>("What");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph verification = new Paragraph();

    AuditTrailView(AuditService audit) {
        this.audit = audit;
        addClassName("keel-page");
        setSizeFull();
        ZoneId zone = CurrentUser.require().zoneId();

        person.setItems(audit.people());
        person.setItemLabelGenerator(AuditOption::name);
        client.setItems(audit.clients());
        client.setItemLabelGenerator(AuditOption::name);
        kind.setItems(audit.kinds());
        kind.setItemLabelGenerator(AuditTrailView::readable);
        for (var field : new com.vaadin.flow.component.AbstractField<?, ?>[]{person, client, kind, from, to}) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        person.setClearButtonVisible(true);
        client.setClearButtonVisible(true);
        kind.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        Button verify = new Button("Verify audit trail", e -> showVerification(audit.verify()));
        verification.setId("audit-verification");
        verification.getElement().setAttribute("aria-live", "polite");

        grid.addColumn(e -> Dates.dateTime(e.occurredAt(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditTrailView::person).setHeader("Person").setFlexGrow(2);
        grid.addColumn(e -> readable(e.action())).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditTrailView::client).setHeader("Client").setFlexGrow(2);
        grid.addColumn(AuditTrailView::record).setHeader("Record").setFlexGrow(2);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader("Address").setAutoWidth(true);
        grid.addColumn(e -> e.succeeded() ? "Done" : "Refused").setHeader("Result").setAutoWidth(true);
        grid.setItemsPageable(pageable -> audit.page(filter(), pageable));
        grid.setEmptyStateText("No events match.");
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(person, client, kind, from, to);
        filters.setWrap(true);
        HorizontalLayout check = new HorizontalLayout(verify, verification);
        check.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Audit trail"), check, filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(person.getValue() == null ? null : person.getValue().id(),
                client.getValue() == null ? null : client.getValue().id(), kind.getValue(), from.getValue(),
                to.getValue());
    }

    private void showVerification(ChainCheck check) {
        verification.setText(check.message());
    }

    /** PROGRAM_READ → "Program read". */
    static String readable(String action) {
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String person(AuditEntry e) {
        if (e.person() != null) {
            return e.person();
        }
        return e.personId() == null ? "Unknown" : "Account " + e.personId();
    }

    private static String client(AuditEntry e) {
        if (e.client() != null) {
            return e.client();
        }
        return e.clientId() == null ? "" : "Client " + e.clientId();
    }

    private static String record(AuditEntry e) {
        if (e.detail() != null) {
            return e.detail() + (e.subjectId() == null ? "" : " #" + e.subjectId());
        }
        if (e.subjectType() == null) {
            return "";
        }
        return readable(e.subjectType()) + (e.subjectId() == null ? "" : " #" + e.subjectId());
    }
}
