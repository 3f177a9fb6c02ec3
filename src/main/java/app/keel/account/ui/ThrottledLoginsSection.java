package app.keel.account.ui;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.SignInThrottleService;
import app.keel.account.security.ThrottledLogin;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Logins of the studio that must wait after failed sign-ins; shown only while there are some. */
class ThrottledLoginsSection extends VerticalLayout {

    private final transient SignInThrottleService throttles;
    private final Grid<ThrottledLogin> grid = new Grid<>();

    ThrottledLoginsSection(SignInThrottleService throttles) {
        this.throttles = throttles;
        setPadding(false);
        ZoneId zone = CurrentUser.require().zoneId();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(zone);
        grid.addColumn(ThrottledLogin::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(ThrottledLogin::failures).setHeader("Failed attempts");
        grid.addColumn(t -> time.format(t.blockedUntil())).setHeader("Waits until");
        grid.addComponentColumn(t -> new Button("Lift", e -> lift(t))).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3("Sign-in pauses"), new Paragraph("After repeated wrong passwords a login waits before it may "
                + "try again. Lift the wait once you know it was the person themselves."), grid);
        refresh();
    }

    private void lift(ThrottledLogin login) {
        try {
            throttles.lift(login.id());
            Notifications.success("The wait for " + login.email() + " is lifted.");
        } catch (NotFoundException e) {
            Notifications.error("That wait has already ended.");
        }
        refresh();
    }

    private void refresh() {
        var rows = throttles.throttled();
        grid.setItems(rows);
        setVisible(!rows.isEmpty());
    }
}
