package app.keel.client.ui;

import app.keel.client.ClientService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The client's home on their phone. Until a program exists it says so kindly, and what happens next. */
@Route("my")
@PageTitle("Home · Keel")
@Menu(title = "Home", order = 1)
@RolesAllowed("CLIENT")
class MyHomeView extends VerticalLayout {

    MyHomeView(ClientService clients) {
        setPadding(false);
        String firstName = clients.myName().strip().split("\\s+")[0];
        Div empty = new Div(
                new Paragraph("Your practitioner has not assigned a program yet."),
                new Paragraph("When they do, your exercises and daily habits will appear here, with how much to "
                        + "do today. Nothing to do for now."));
        empty.addClassName("keel-empty");
        empty.setId("no-program");
        add(new H1("Hello, " + firstName), empty);
    }
}
