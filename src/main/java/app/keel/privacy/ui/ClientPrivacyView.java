package app.keel.privacy.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.NotFoundException;
import app.keel.base.ui.NotFoundState;
import app.keel.privacy.ConsentService;
import app.keel.privacy.ConsentStatus;
import app.keel.privacy.ErasureService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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

/** One client's data protection for staff: their exports, their agreement, and (for admins) erasure. */
@Route("console/clients/:clientId/privacy")
@PageTitle("Client data · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ClientPrivacyView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ConsentService consents;
    private final transient ErasureService erasure;

    ClientPrivacyView(ConsentService consents, ErasureService erasure) {
        this.consents = consents;
        this.erasure = erasure;
        addClassName("keel-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("clientId").orElse(""));
            show(id, consents.clientStatus(id));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundState.show(this, "client");
            add(new Anchor("console/clients", "Back to clients"));
        }
    }

    private void show(long clientId, ConsentStatus status) {
        add(new H2("Data and privacy"),
                new HorizontalLayout(new Anchor("console/clients/" + clientId, "Back to the client")),
                new H3("Export"),
                new Paragraph("Everything Keel holds about this client, for a request for their data. Each download "
                        + "is recorded in the audit trail."),
                new HorizontalLayout(
                        Downloads.link("export/clients/" + clientId + ".json", "Download JSON", "export-client-json"),
                        Downloads.link("export/clients/" + clientId + ".zip", "Download CSV (ZIP)",
                                "export-client-zip")),
                new H3("Agreement to the privacy notice"),
                new ConsentHistory(status, CurrentUser.require().zoneId()));
        if (CurrentUser.require().isAdmin()) {
            Button erase = new Button("Erase this client…", e -> new EraseClientDialog(erasure.preview(clientId),
                    typed -> erasure.erase(clientId, typed),
                    () -> UI.getCurrent().navigate("console/clients")).open());
            erase.addThemeVariants(ButtonVariant.ERROR);
            erase.setId("erase-client");
            add(new H3("Erase on request"), new Paragraph("When a client asks for their data to be erased. This "
                    + "cannot be undone; download their data first if they want a copy."), erase);
        }
    }
}
