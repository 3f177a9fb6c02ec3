package app.keel.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The address after sign-in: staff go to the console, clients to their portal. */
@Route(value = "", autoLayout = false)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext auth;

    public RootView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.hasAnyRole("STUDIO_ADMIN", "PRACTITIONER")) {
            event.forwardTo("console");
        } else if (auth.hasRole("CLIENT")) {
            event.forwardTo("my");
        } else {
            event.forwardTo("login");
        }
    }
}
