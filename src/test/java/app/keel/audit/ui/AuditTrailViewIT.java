package app.keel.audit.ui;

import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin's audit trail page, browserless: the grid, a filter, and the verify button. */
@KeelIntegrationTest
class AuditTrailViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;

    StudioSetup studio;
    ClientDetails client;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Viewed Client");
        as(studio.practitioner(), () -> clients.get(client.id()));
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void an_admin_sees_who_did_what_filters_by_kind_and_verifies_the_chain() {
        BrowserlessSignIn.as(studio.admin());
        navigate(AuditTrailView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getCellText(0, 1)).isEqualTo(studio.practitioner().displayName());
        assertThat(rows.getCellText(0, 2)).isEqualTo("Client read");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Viewed Client");
        assertThat(rows.getCellText(0, 6)).isEqualTo("Done");

        @SuppressWarnings("unchecked")
        ComboBox<String> kind = find(ComboBox.class).withCaption("What").single();
        test(kind).selectItem("Client created");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Client created");

        test(find(Button.class).withText("Verify audit trail").single()).click();
        assertThat(find(Paragraph.class).withId("audit-verification").single().getText())
                .isEqualTo("All 2 events verified.");
    }

    @Test
    void a_practitioner_cannot_open_the_audit_trail() {
        BrowserlessSignIn.as(studio.practitioner());
        assertThatThrownBy(() -> navigate(AuditTrailView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
