package app.keel.account.ui;

import app.keel.account.security.SessionSignIn;
import app.keel.account.security.SignInThrottledException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in for everyone. One message for an unknown e-mail and a wrong password alike. The form is handled inside
 * this UI request, not posted natively, so the new session id cannot race the form's own event (see SessionSignIn).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Keel")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG = "The e-mail or the password is not right. Please check both and try again.";
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final transient SessionSignIn signIn;

    public LoginView(SessionSignIn signIn) {
        this.signIn = signIn;
        addClassName("keel-centered");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage(WRONG);
        form.setI18n(i18n);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        form.setForgotPasswordButtonVisible(false);

        Paragraph help = new Paragraph("New here? Open the invitation link your studio sent you. "
                + "Forgot your password? Ask your studio for a new invitation.");
        help.addClassName("keel-muted");
        help.setMaxWidth("22rem");
        add(new H1("Keel"), form, help);
    }

    private void signIn(String email, String password) {
        try {
            signIn.signIn(email, password).ifPresentOrElse(url -> UI.getCurrent().getPage().setLocation(url),
                    () -> UI.getCurrent().navigate(""));
        } catch (SignInThrottledException e) {
            showError("Please wait", e.getMessage());
        } catch (AuthenticationException e) {
            showError("That did not work", WRONG);
        }
    }

    private void showError(String title, String message) {
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
