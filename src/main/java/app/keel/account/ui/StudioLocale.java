package app.keel.account.ui;

import app.keel.account.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Dates and numbers follow the studio's locale (set on the studio), not the server's or a guess from the browser. */
@Component
class StudioLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                CurrentUser.find().ifPresent(user -> init.getUI().setLocale(user.locale())));
    }
}
