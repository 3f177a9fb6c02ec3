package app.keel.progress.ui;

import app.keel.progress.CaseloadRow;
import app.keel.progress.Flag;
import app.keel.progress.ProgressFixtures.Running;
import app.keel.progress.ProgressFixtures;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class CaseloadViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgressFixtures progress;
    @Autowired
    MutableClock clock;

    StudioSetup studio;

    /** Quiet Ada logs daily with flat pain; Bo went silent 5 days ago; Cal (another practitioner's) is calm. */
    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        LocalDate today = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        Running ada = running("Ada Quiet", studio.practitioner(), today);
        Running bo = running("Bo Silent", studio.practitioner(), today);
        running("Cal Other", studio.otherPractitioner(), today);
        for (int ago = 13; ago >= 0; ago--) {
            LocalDate day = today.minusDays(ago);
            progress.log(ada, day, "DONE", new BigDecimal("8"), 6);
            progress.checkIn(ada, day, 3, false);
            if (ago >= 5) {
                progress.log(bo, day, "DONE", new BigDecimal("8"), 6);
            }
        }
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
        clock.reset();
    }

    @Test
    void the_console_home_lists_the_practitioners_clients_silent_one_first_with_explained_flags() {
        BrowserlessSignIn.as(studio.practitioner());
        CaseloadView view = navigate(CaseloadView.class);
        assertThat(names(view)).containsExactly("Bo Silent", "Ada Quiet");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Name");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("29 %");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("100 %");
        // The browser draws the badges from this data (ProgressJourneyIT checks them drawn in Chromium).
        List<FlagBadge> badges = badges(view, 0);
        assertThat(badges).extracting(FlagBadge::text).containsExactly("Silent", "Low adherence");
        assertThat(badges.getFirst().why()).contains("Nothing logged for 5 days (last log 5 days ago).");
        assertThat(badges.getFirst().css()).isEqualTo("keel-flag keel-flag-no-log");
        assertThat(badges(view, 1)).isEmpty();
    }

    @Test
    void filtering_by_a_flag_leaves_only_the_flagged_clients() {
        BrowserlessSignIn.as(studio.practitioner());
        CaseloadView view = navigate(CaseloadView.class);
        test(view.flagFilter).selectItem("Flagged: " + Flag.NO_LOG.label());
        assertThat(names(view)).containsExactly("Bo Silent");
        test(view.flagFilter).selectItem("Flagged: " + Flag.FLARE_UP.label());
        assertThat(names(view)).isEmpty();
    }

    @Test
    void the_admin_sees_the_studio_with_a_practitioner_column_and_filter() {
        BrowserlessSignIn.as(studio.admin());
        CaseloadView view = navigate(CaseloadView.class);
        // Cal never logged since the program began: silent and low, level with Bo, then by name.
        assertThat(names(view)).containsExactly("Bo Silent", "Cal Other", "Ada Quiet");
        assertThat(test(view.grid).getHeaderCell(1)).isEqualTo("Practitioner");
        test(view.practitionerFilter).selectItem(studio.otherPractitioner().displayName());
        assertThat(names(view)).containsExactly("Cal Other");
    }

    @SuppressWarnings("unchecked")
    private List<FlagBadge> badges(CaseloadView view, int row) {
        var renderer = (LitRenderer<CaseloadRow>) view.grid.getColumnByKey("urgency").getRenderer();
        return (List<FlagBadge>) renderer.getValueProviders().get("flags")
                .apply(test(view.grid).getRow(row));
    }

    private Running running(String name, app.keel.account.security.KeelUser staff, LocalDate today) {
        long id = fixtures.client(staff, name).id();
        return progress.running(staff, studio.studioId(), id, today.minusDays(13));
    }

    private List<String> names(CaseloadView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            names.add(test(view.grid).getCellText(i, 0));
        }
        return names;
    }
}
