package app.keel.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page shows for a record the user may not reach: exactly what it shows for one that does not exist, so the
 * page tells nothing about other studios or caseloads.
 */
public final class NotFoundState {

    private NotFoundState() {
    }

    /** E.g. {@code show(this, "client")}: "Client not found" and what that can mean. */
    public static void show(HasComponents page, String what) {
        page.add(new H2(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found"),
                new Paragraph("This " + what + " does not exist or is not in your caseload."));
    }
}
