package app.keel.client.ui;

import app.keel.client.ClientStatus;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ClientListViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;

    StudioSetup studio;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        fixtures.client(studio.practitioner(), "Bea Mine");
        fixtures.client(studio.practitioner(), "Abe Mine");
        fixtures.client(studio.otherPractitioner(), "Cas Theirs");
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void a_practitioner_sees_their_caseload_sorted_by_name() {
        BrowserlessSignIn.as(studio.practitioner());
        ClientListView view = navigate(ClientListView.class);
        assertThat(names(view)).containsExactly("Abe Mine", "Bea Mine");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Name");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo(studio.practitioner().displayName());
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Not yet");
    }

    @Test
    void the_admin_sees_the_studio_and_filters_by_text_and_status() {
        BrowserlessSignIn.as(studio.admin());
        ClientListView view = navigate(ClientListView.class);
        assertThat(names(view)).containsExactly("Abe Mine", "Bea Mine", "Cas Theirs");

        test(view.search).setValue("theirs");
        assertThat(names(view)).containsExactly("Cas Theirs");

        test(view.search).setValue("");
        test(view.statusFilter).selectItem(ClientStatus.PAUSED.label());
        assertThat(names(view)).isEmpty();
        test(view.statusFilter).selectItem(ClientListView.ANY_STATUS);
        assertThat(names(view)).hasSize(3);
    }

    @Test
    void clicking_a_row_opens_the_client() {
        BrowserlessSignIn.as(studio.practitioner());
        ClientListView view = navigate(ClientListView.class);
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClientDetailView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).from((ClientDetailView) getCurrentView())
                .all()).extracting(h -> h.getText()).contains("Abe Mine");
    }

    private List<String> names(ClientListView view) {
        var grid = test(view.grid);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            names.add(grid.getRow(i).fullName());
        }
        return names;
    }
}
