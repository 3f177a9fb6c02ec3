package app.keel.base.ui;

import app.keel.base.DatabaseOutage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that could not be opened because the database is away (Vaadin picks an error view by the exception's type):
 * a calm sentence and a way to try again, with status 503, instead of a stack trace.
 */
@PageTitle("Please try again in a minute · Keel")
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout
        implements HasErrorParameter<CannotCreateTransactionException> {

    static final String TITLE = "Please try again in a minute";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        fill(this);
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    static void fill(VerticalLayout page) {
        page.removeAll();
        page.addClassName("keel-centered");
        page.setSizeFull();
        page.setAlignItems(Alignment.CENTER);
        page.setJustifyContentMode(JustifyContentMode.CENTER);
        page.add(new H1(TITLE), new Paragraph(DatabaseOutage.MESSAGE), new RouterLink("Try again", RootView.class));
    }
}
