package app.keel.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/** The same page as {@link DatabaseUnavailableView} when the connection broke during a read rather than before it. */
@PageTitle("Please try again in a minute · Keel")
@AnonymousAllowed
public class DatabaseFailureView extends VerticalLayout
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        DatabaseUnavailableView.fill(this);
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }
}
