package app.keel.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Something to read before going on (a precaution): stays longer, in the warning colour. */
    public static void warning(String text) {
        Notification n = Notification.show(text, 10000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.WARNING);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
