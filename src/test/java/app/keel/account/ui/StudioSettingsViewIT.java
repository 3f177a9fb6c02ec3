package app.keel.account.ui;

import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A studio admin sets the real steps of the studio's dumbbells, kettlebells and barbell. */
@KeelIntegrationTest
class StudioSettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    StudioSetup studio;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        BrowserlessSignIn.as(studio.admin());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    private BigDecimal stored(String column) {
        return jdbc.queryForObject("select " + column + " from studio where id = ?", BigDecimal.class,
                studio.studioId());
    }

    @Test
    void the_defaults_show_a_refused_step_is_marked_and_a_good_one_is_saved() {
        StudioSettingsView view = navigate(StudioSettingsView.class);
        assertThat(view.dumbbell.getValue()).isEqualByComparingTo("1");
        assertThat(view.kettlebell.getValue()).isEqualByComparingTo("4");
        assertThat(view.barbell.getValue()).isEqualByComparingTo("2.5");

        view.dumbbell.setValue(new BigDecimal("0.3"));
        test(view.save).click();
        assertThat(view.dumbbell.isInvalid()).isTrue();
        assertThat(view.dumbbell.getErrorMessage()).isEqualTo("Give a step of 0.5 to 20 kg, in steps of 0.5 kg.");
        assertThat(stored("dumbbell_step_kg")).isEqualByComparingTo("1");

        view.dumbbell.setValue(new BigDecimal("2"));
        test(view.save).click();
        assertThat(view.dumbbell.isInvalid()).isFalse();
        assertThat(stored("dumbbell_step_kg")).isEqualByComparingTo("2");
        assertThat(stored("kettlebell_step_kg")).isEqualByComparingTo("4");
    }
}
