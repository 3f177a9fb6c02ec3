package app.keel.program.ui;

import app.keel.client.ClientService;
import app.keel.program.MyProgram;
import app.keel.program.MyProgramService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The client's home on their phone. Until a program exists it says so kindly, and what happens next. */
@Route("my")
@PageTitle("Home · Keel")
@Menu(title = "Home", order = 1)
@RolesAllowed("CLIENT")
class MyHomeView extends VerticalLayout {

    MyHomeView(ClientService clients, MyProgramService programs) {
        setPadding(false);
        String firstName = clients.myName().strip().split("\\s+")[0];
        add(new H1("Hello, " + firstName));
        List<MyProgram> mine = programs.myPrograms();
        if (mine.isEmpty()) {
            Div empty = new Div(
                    new Paragraph("Your practitioner has not assigned a program yet."),
                    new Paragraph("When they do, your exercises and daily habits will appear here, with how much to "
                            + "do today. Nothing to do for now."));
            empty.addClassName("keel-empty");
            empty.setId("no-program");
            add(empty);
            return;
        }
        mine.forEach(p -> add(new Paragraph(p.scheduledToday()
                ? p.title() + ": " + p.today().size() + (p.today().size() == 1 ? " item" : " items") + " for today."
                : p.title() + ": a rest day today.")));
        Anchor open = new Anchor("my/program", "Open my program");
        open.addClassName("keel-big-link");
        add(open);
    }
}
