package app.keel.privacy.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.Notifications;
import app.keel.account.security.CurrentUser;
import app.keel.privacy.ConsentService;
import app.keel.privacy.ConsentStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The studio's privacy notice, shown before the portal opens until the client agrees to its current version. */
@Route(ConsentView.PATH)
@PageTitle("Your information · Keel")
@RolesAllowed("CLIENT")
class ConsentView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "my/consent";

    private final transient ConsentService consents;

    ConsentView(ConsentService consents) {
        this.consents = consents;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(consents.myStatus());
    }

    private void show(ConsentStatus status) {
        removeAll();
        add(new H1("How your studio looks after your information"));
        if (status.withdrawn()) {
            add(new Paragraph("You withdrew your agreement on "
                    + Dates.dateTime(status.history().getFirst().decidedAt(), CurrentUser.require().zoneId())
                    + ". Until you agree again you cannot log exercises or check-ins here, and your practitioner can "
                    + "see that you withdrew."));
        } else if (status.agreed()) {
            add(new Paragraph("Your studio has changed its privacy notice since you last agreed. Please read the new "
                    + "version."));
        } else {
            add(new Paragraph("Before you start, please read how your studio uses what you record here."));
        }
        Button accept = new Button("I have read this and agree", e -> accept(status.current().version()));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId("accept-notice");
        add(NoticeText.of(status.current()), accept, new H2("If you do not agree"),
                new Paragraph("You cannot use the app to log your exercises and check-ins. Nothing changes in your "
                        + "care: talk to your practitioner. You can still download everything the studio holds "
                        + "about you, or ask the studio to erase it."),
                new Anchor(MyDataView.PATH, "Your data and privacy"));
    }

    private void accept(int version) {
        try {
            consents.accept(version, ClientAddress.current());
            Notifications.success("Thank you. Your agreement is saved.");
            UI.getCurrent().navigate("my");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            show(consents.myStatus());
        }
    }
}
