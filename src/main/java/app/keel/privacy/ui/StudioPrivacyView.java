package app.keel.privacy.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.Notifications;
import app.keel.privacy.ConsentService;
import app.keel.privacy.PrivacyNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The studio admin's data protection page: the privacy notice (each save a new version) and the studio export. */
@Route("console/privacy")
@PageTitle("Data protection · Keel")
@Menu(title = "Data protection", order = 8, icon = "vaadin:lock")
@RolesAllowed("STUDIO_ADMIN")
class StudioPrivacyView extends VerticalLayout {

    private final transient ConsentService consents;
    private final Paragraph version = new Paragraph();
    private final TextArea body = new TextArea("Privacy notice");

    StudioPrivacyView(ConsentService consents) {
        this.consents = consents;
        addClassName("keel-page");
        body.setWidthFull();
        body.setMaxWidth("48rem");
        body.setMinHeight("20rem");
        body.setId("notice-body");
        Button save = new Button("Save as a new version", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-notice");
        add(new H2("Data protection"),
                new H3("Privacy notice"),
                new Paragraph("Clients read this before they start and agree to it. Saving makes a new version: "
                        + "every client is asked to agree again on their next visit."),
                version, body, save,
                new H3("Export the studio's data"),
                new Paragraph("All clients, programs, program items, exercise logs, check-ins and activity ratings "
                        + "as CSV files in a ZIP. The download is recorded in the audit trail."),
                Downloads.link("export/studio.zip", "Download the studio's data (ZIP)", "export-studio"),
                new Paragraph("To export or erase one client, open the client and choose \"Data and privacy\"."));
        show(consents.currentNotice());
    }

    private void show(PrivacyNotice notice) {
        body.setValue(notice.body());
        body.setInvalid(false);
        version.setText(notice.builtIn() ? "Keel's starting text: adapt it to your studio and save it."
                : "Version " + notice.version() + ", saved "
                + Dates.dateTime(notice.createdAt(), CurrentUser.require().zoneId()) + ".");
    }

    private void save() {
        try {
            show(consents.saveNotice(body.getValue()));
            Notifications.success("Saved. Clients will be asked to agree to the new version.");
        } catch (InvalidInputException e) {
            body.setErrorMessage(e.getMessage());
            body.setInvalid(true);
        }
    }
}
