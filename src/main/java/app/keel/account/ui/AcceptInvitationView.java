package app.keel.account.ui;

import app.keel.account.AccountService;
import app.keel.account.InvitationCheck;
import app.keel.account.InvitationState;
import app.keel.account.security.SessionSignIn;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Where an invitation link leads: choose a password, then straight in. A dead link explains what to do. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Welcome · Keel")
@AnonymousAllowed
class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(AcceptInvitationView.class);

    private final transient AccountService accounts;
    private final transient SessionSignIn signIn;
    private final VerticalLayout card = new VerticalLayout();

    AcceptInvitationView(AccountService accounts, SessionSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("keel-centered");
        card.addClassName("keel-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        InvitationCheck check = accounts.checkInvitation(token);
        card.removeAll();
        if (check.state() == InvitationState.VALID) {
            showPasswordForm(token, check);
        } else {
            showDeadLink(check.state());
        }
    }

    private void showPasswordForm(String token, InvitationCheck check) {
        PasswordFields fields = new PasswordFields();
        Button save = new Button("Save password and continue");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.addClickListener(e -> {
            fields.password.setInvalid(false);
            fields.confirmation.setInvalid(false);
            String password = fields.password.getValue();
            try {
                String email = accounts.acceptInvitation(token, password, fields.confirmation.getValue());
                signIn.signIn(email, password);
                UI.getCurrent().navigate("");
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("password", fields.password, "confirmation", fields.confirmation));
            } catch (RuntimeException ex) {
                log.warn("Sign-in after accepting an invitation failed", ex);
                UI.getCurrent().navigate("login");
            }
        });
        Paragraph intro = new Paragraph("Hello " + check.displayName() + ". Choose a password for "
                + check.email() + ". You will use it with your e-mail address to sign in.");
        card.add(new H1("Welcome to Keel"), intro, fields.password, fields.confirmation, save);
    }

    private void showDeadLink(InvitationState state) {
        String reason = switch (state) {
            case EXPIRED -> "This invitation link has expired. Links work for 7 days.";
            case USED -> "This invitation link has already been used. If you set your password, just sign in.";
            case REPLACED -> "A newer invitation was sent after this one, so this link no longer works.";
            default -> "This invitation link is not valid. Please check that you copied all of it.";
        };
        Paragraph next = new Paragraph("What to do next: ask your practitioner or studio to send you a new "
                + "invitation link. If you already have a password, sign in below.");
        card.add(new H1("This link does not work"), new Paragraph(reason), next, new Anchor("login", "Go to sign in"));
    }
}
