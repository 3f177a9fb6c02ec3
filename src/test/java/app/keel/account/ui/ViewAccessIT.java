package app.keel.account.ui;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.client.ui.ClientListView;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which role may open which view (the services check again; this is the navigation layer). */
@KeelIntegrationTest
class ViewAccessIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;

    StudioSetup studio;
    KeelUser client;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails record = fixtures.client(studio.practitioner(), "Portal User");
        client = fixtures.clientLogin(studio.practitioner(), record.id());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void anonymous_visitors_get_the_login_view_only() {
        assertThat(navigate(LoginView.class)).isNotNull();
        assertThatThrownBy(() -> navigate(ClientListView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LoginView.class.getName() + " instead of " + ClientListView.class.getName());
    }

    @Test
    void a_client_reaches_the_portal_but_not_the_console() {
        BrowserlessSignIn.as(client);
        navigate("my", com.vaadin.flow.component.Component.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Your practitioner has not assigned a program yet.");
        assertThat(navigate(MyAccountView.class)).isNotNull();
        assertRefused(ClientListView.class);
        assertRefused(PractitionerListView.class);
    }

    @Test
    void a_practitioner_reaches_the_console_but_not_admin_views_or_the_portal() {
        BrowserlessSignIn.as(studio.practitioner());
        assertThat(navigate(ClientListView.class)).isNotNull();
        assertThat(navigate(ConsoleAccountView.class)).isNotNull();
        assertRefused(PractitionerListView.class);
        assertRefused(MyAccountView.class);
    }

    @Test
    void a_studio_admin_also_manages_practitioners() {
        BrowserlessSignIn.as(studio.admin());
        PractitionerListView view = navigate(PractitionerListView.class);
        assertThat(view).isNotNull();
        var grid = test(find(com.vaadin.flow.component.grid.Grid.class).single());
        assertThat(grid.size()).isEqualTo(3);
    }

    /** Browserless navigation to a view the user may not open ends on another view (login or not-found). */
    private void assertRefused(Class<? extends com.vaadin.flow.component.Component> view) {
        assertThatThrownBy(() -> navigate(view)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instead of " + view.getName());
    }
}
