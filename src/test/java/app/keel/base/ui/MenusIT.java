package app.keel.base.ui;

import app.keel.progress.ui.CaseloadView;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console menu is worked out once per set of roles (for the whole application, so the tests before these built
 * it for other roles already): each role still sees exactly its own entries.
 */
@KeelIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MenusIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    @Order(1)
    void an_admin_sees_the_studio_s_admin_pages_in_the_console_menu() {
        BrowserlessSignIn.as(fixtures.newStudio().admin());
        assertThat(menu()).contains("Caseload", "Clients", "Practitioners", "Studio settings", "Audit trail");
    }

    @Test
    @Order(2)
    void a_practitioner_sees_no_admin_page_in_the_console_menu_even_after_admins_built_theirs() {
        StudioSetup studio = fixtures.newStudio();
        BrowserlessSignIn.as(studio.practitioner());
        assertThat(menu()).contains("Caseload", "Clients", "Exercise library", "My account")
                .doesNotContain("Practitioners", "Studio settings", "Audit trail", "Data protection");
    }

    private List<String> menu() {
        navigate(CaseloadView.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
