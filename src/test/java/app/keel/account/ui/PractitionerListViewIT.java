package app.keel.account.ui;

import app.keel.account.PractitionerSummary;
import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The practitioners page: switching a practitioner off through the hand-over dialog. */
@KeelIntegrationTest
class PractitionerListViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void an_admin_switches_a_practitioner_off_once_their_clients_have_someone_new() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Hana Handed");
        BrowserlessSignIn.as(studio.admin());
        PractitionerListView view = navigate(PractitionerListView.class);
        int row = rowOf(view, studio.practitioner().displayName());
        test((Button) test(view.grid).getCellComponent(row, 4)).click();

        Button confirm = find(Button.class).withId("confirm-switch-off").single();
        test(confirm).click();
        assertThat(test(view.grid).getCellText(row, 3)).as("nothing happens without a choice").isEqualTo("Active");

        @SuppressWarnings("unchecked")
        ComboBox<Object> all = find(ComboBox.class).withId("hand-all-to").single();
        test(all).selectItem(studio.otherPractitioner().displayName());
        test(confirm).click();

        assertThat(test(view.grid).getCellText(rowOf(view, studio.practitioner().displayName()), 3))
                .isEqualTo("Switched off");
        assertThat(as(studio.admin(), () -> clients.get(client.id())).primaryPractitionerId())
                .isEqualTo(studio.otherPractitioner().practitionerId());
    }

    private int rowOf(PractitionerListView view, String name) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            PractitionerSummary summary = grid.getRow(i);
            if (summary.fullName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }
}
