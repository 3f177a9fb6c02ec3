package app.keel.client.ui;

import app.keel.account.AccountService;
import app.keel.account.IssuedInvitation;
import app.keel.account.PractitionerOption;
import app.keel.account.security.CurrentUser;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.InvitationLinkDialog;
import app.keel.base.ui.Links;
import app.keel.base.ui.NotFoundState;
import app.keel.base.ui.Notifications;
import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;

/** One client: their details, editing, and their login invitation. */
@Route("console/clients/:clientId")
@PageTitle("Client · Keel")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ClientService clients;
    private final transient AccountService accounts;
    private ClientDetails client;

    ClientDetailView(ClientService clients, AccountService accounts) {
        this.clients = clients;
        this.accounts = accounts;
        addClassName("keel-page");
    }

    static void open(long clientId) {
        UI.getCurrent().navigate(ClientDetailView.class, new RouteParameters("clientId", String.valueOf(clientId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("clientId").orElse(""));
            show(clients.get(id));
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            NotFoundState.show(this, "client");
            add(new RouterLink("Back to clients", ClientListView.class));
        }
    }

    private void show(ClientDetails details) {
        this.client = details;
        removeAll();
        ZoneId zone = CurrentUser.require().zoneId();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(details.email()), "E-mail");
        facts.addFormItem(new Span(details.status().label()), "Status");
        facts.addFormItem(new Span(details.primaryPractitionerName()), "Primary practitioner");
        facts.addFormItem(new Span(details.dateOfBirth() == null ? "—"
                : Dates.date(details.dateOfBirth())), "Date of birth");
        facts.addFormItem(new Span(details.phone() == null ? "—" : details.phone()), "Phone");
        facts.addFormItem(new Span(details.loginState().label()), "Login");
        facts.addFormItem(new Span(details.lastActivityAt() == null ? "Not yet"
                : Dates.dateTime(details.lastActivityAt(), zone)), "Last activity");
        Paragraph notes = new Paragraph(details.notes() == null ? "No notes." : details.notes());
        notes.getStyle().set("white-space", "pre-wrap");

        Button edit = new Button("Edit", e -> openEditor());
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        Button invite = new Button(details.loginState() == ClientDetails.LoginState.NONE ? "Invite to Keel"
                : "Send a new invitation link", e -> invite());
        invite.setEnabled(details.loginState() == ClientDetails.LoginState.NONE
                || details.loginState() == ClientDetails.LoginState.INVITED);
        boolean off = details.loginState() == ClientDetails.LoginState.OFF;
        Button login = new Button(off ? "Switch login on" : "Switch login off", e -> switchLogin(off));
        login.setId("switch-login");
        login.setVisible(details.loginState() != ClientDetails.LoginState.NONE);
        // Programs and the log are their own features; linking by address keeps this module free of them.
        HorizontalLayout actions = new HorizontalLayout(edit, invite, login,
                new Anchor("console/clients/" + details.id() + "/programs", "Programs"),
                new Anchor("console/clients/" + details.id() + "/log", "Log"),
                new Anchor("console/clients/" + details.id() + "/progress", "Progress"),
                new Anchor("console/clients/" + details.id() + "/privacy", "Data and privacy"),
                new RouterLink("Back to clients", ClientListView.class));
        actions.setAlignItems(Alignment.CENTER);
        add(new H2(details.fullName()), actions, facts, new H2("Notes"), notes);
    }

    private void openEditor() {
        List<PractitionerOption> options = CurrentUser.require().isAdmin() ? accounts.practitionerOptions() : List.of();
        new ClientFormDialog(client, options, draft -> clients.update(client.id(), client.version(), draft), saved -> {
            show(saved);
            Notifications.success("Saved.");
        }).open();
    }

    private void switchLogin(boolean on) {
        try {
            show(clients.switchLogin(client.id(), on));
            Notifications.success(on ? "The login is switched on again." : "The login is switched off. "
                    + client.fullName() + " is signed out and can no longer sign in.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void invite() {
        try {
            IssuedInvitation invitation = clients.invite(client.id(), client.invitationId());
            new InvitationLinkDialog(client.fullName(), Links.absolute(invitation.path()), invitation.expiresAt(),
                    CurrentUser.require().zoneId(), invitation.emailed()).open();
            show(clients.get(client.id()));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (ConcurrentEditException e) {
            Notifications.error(e.getMessage());
            show(clients.get(client.id())); // now knows the newer link, so a deliberate second send goes through
        }
    }
}
