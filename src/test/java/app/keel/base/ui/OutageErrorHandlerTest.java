package app.keel.base.ui;

import app.keel.base.DatabaseOutage;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees when their click fails because the database is away (no views needed, none scanned). */
@ViewPackages(packages = "app.keel.base.ui.none")
class OutageErrorHandlerTest extends BrowserlessTest {

    @Test
    void an_outage_shows_the_calm_message_instead_of_a_stack_trace() {
        new OutageErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));

        Notification shown = find(Notification.class).single();
        assertThat(test(shown).getText())
                .isEqualTo("We can't save right now — please try again in a minute. Nothing was lost.")
                .isEqualTo(DatabaseOutage.MESSAGE);
    }
}
