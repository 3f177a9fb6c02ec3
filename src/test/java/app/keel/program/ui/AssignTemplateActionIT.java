package app.keel.program.ui;

import app.keel.client.ClientDetails;
import app.keel.client.ui.ClientListViewAccess;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.template.TemplateService;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk assignment from the clients grid: choose clients, a template and a date; read the summary. */
@KeelIntegrationTest
class AssignTemplateActionIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void the_practitioner_assigns_a_template_to_chosen_clients_and_sees_what_was_created() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails source = fixtures.client(studio.practitioner(), "Aaron Source");
        ProgramDetails program = as(studio.practitioner(), () -> programs.create(source.id(),
                ProgramFixtures.loadProgram(LocalDate.of(2031, 3, 3), 4)));
        as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "heel slides")));
        as(studio.practitioner(), () -> templates.saveAsTemplate(program.id(), "Starter"));
        fixtures.client(studio.practitioner(), "Bella Bulk");
        fixtures.client(studio.practitioner(), "Cyril Bulk");

        BrowserlessSignIn.as(studio.practitioner());
        var view = ClientListViewAccess.open(this);
        var grid = ClientListViewAccess.grid(view);
        test(grid).select(1);
        test(grid).select(2);
        test(find(Button.class).withText("Assign template").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> template = find(ComboBox.class).withCaption("Template").single();
        template.setValue(template.getListDataView().getItem(0));
        test(find(Button.class).withText("Assign").single()).click();

        UnorderedList summary = find(UnorderedList.class).withId("assign-summary").single();
        assertThat(find(ListItem.class, summary).all()).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("Bella Bulk: created", "Cyril Bulk: created");
        assertThat(jdbc.queryForObject("select count(*) from program where studio_id = ? and title = 'Starter'",
                Integer.class, studio.studioId())).isEqualTo(2);
    }
}
