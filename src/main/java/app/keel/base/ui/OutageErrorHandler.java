package app.keel.base.ui;

import app.keel.base.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click fails because the database is away, the person sees {@link DatabaseOutage#MESSAGE} and stays where
 * they are (what they typed is still in the form); the log gets one line, not a stack trace per click. Every other
 * error goes to Vaadin's default handling.
 */
@Component
class OutageErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OutageErrorHandler.class);
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (DatabaseOutage.isOutage(event.getThrowable())) {
            log.warn("A request failed because the database cannot be reached: {}", rootMessage(event.getThrowable()));
            if (UI.getCurrent() != null) {
                Notifications.error(DatabaseOutage.MESSAGE);
            }
            return;
        }
        fallback.error(event);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
