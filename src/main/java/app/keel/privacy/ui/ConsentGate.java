package app.keel.privacy.ui;

import app.keel.account.Role;
import app.keel.account.security.CurrentUser;
import app.keel.privacy.ConsentService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Before a client opens any portal page, checks that they agreed to the studio's current privacy notice; if not (new
 * client, new version, or withdrawn) they are sent to the notice. Their account and data pages stay open, so a
 * client who does not agree can still download their data, change their password and read what happens next.
 */
@Component
class ConsentGate implements VaadinServiceInitListener {

    static final Set<String> ALWAYS_OPEN = Set.of(ConsentView.PATH, MyDataView.PATH, "my/account");

    private final transient ConsentService consents;

    ConsentGate(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean portal = path.equals("my") || path.startsWith("my/");
        if (!portal || ALWAYS_OPEN.contains(path)
                || !CurrentUser.find().map(user -> user.has(Role.CLIENT)).orElse(false)) {
            return;
        }
        if (consents.myStatus().needsConsent()) {
            event.forwardTo(ConsentView.class);
        }
    }
}
