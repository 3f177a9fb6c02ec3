package app.keel.privacy.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.Notifications;
import app.keel.privacy.ConsentService;
import app.keel.privacy.ConsentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The client's own data: download all of it, read the notice, see and withdraw their agreement. */
@Route(MyDataView.PATH)
@PageTitle("Your data · Keel")
@RolesAllowed("CLIENT")
class MyDataView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "my/data";

    private final transient ConsentService consents;

    MyDataView(ConsentService consents) {
        this.consents = consents;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(consents.myStatus());
    }

    private void show(ConsentStatus status) {
        removeAll();
        add(new H1("Your data and privacy"),
                new H2("Download your data"),
                new Paragraph("Everything your studio keeps about you in Keel: your details, programs (with every "
                        + "change), what you logged, your check-ins and activity ratings, and your agreements."),
                Downloads.link("export/me.json", "Download as one file (JSON)", "export-me-json"),
                Downloads.link("export/me.zip", "Download as spreadsheet files (CSV in a ZIP)", "export-me-zip"),
                new H2("Your agreement"),
                new ConsentHistory(status, CurrentUser.require().zoneId()),
                new H2("The privacy notice (version " + status.current().version() + ")"),
                NoticeText.of(status.current()));
        if (status.agreed()) {
            Button withdraw = new Button("Withdraw my agreement");
            withdraw.addClickListener(e -> confirmWithdrawal(withdraw));
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            withdraw.setId("withdraw-consent");
            add(withdraw);
        } else {
            Button agree = new Button("Read and agree", e -> getUI().ifPresent(ui -> ui.navigate(ConsentView.class)));
            agree.setId("open-consent");
            add(agree);
        }
        add(new Paragraph("To have your data erased, ask your studio: an administrator there erases it for you."));
    }

    /**
     * Asks on the page itself rather than in a dialog: one column on a phone, and the portal's frontend chunk loads no
     * dialog component (see docs/data-protection.md).
     */
    private void confirmWithdrawal(Button withdraw) {
        withdraw.setVisible(false);
        VerticalLayout ask = new VerticalLayout();
        ask.setPadding(false);
        ask.setId("withdraw-question");
        Button confirm = new Button("Yes, withdraw", e -> {
            try {
                show(consents.withdraw(ClientAddress.current()));
                Notifications.success("Your agreement is withdrawn.");
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setId("withdraw-confirm");
        Button keep = new Button("No, keep my agreement", e -> {
            remove(ask);
            withdraw.setVisible(true);
        });
        ask.add(new Paragraph("Withdraw your agreement? You will no longer be able to log exercises or check-ins "
                + "here, and your practitioner will see that you withdrew. What you logged before stays with the "
                + "studio until you ask them to erase it. You can agree again at any time."), confirm, keep);
        addComponentAtIndex(indexOf(withdraw) + 1, ask);
    }
}
