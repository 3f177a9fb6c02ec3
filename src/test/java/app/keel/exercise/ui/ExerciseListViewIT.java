package app.keel.exercise.ui;

import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.ExerciseSummary;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ExerciseListViewIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void the_library_filters_by_category_and_text_and_a_built_in_opens_read_only_with_a_copy_button() {
        BrowserlessSignIn.as(fixtures.newStudio().practitioner());
        ExerciseListView view = navigate(ExerciseListView.class);
        assertThat(rows(view)).hasSizeGreaterThan(60);

        test(view.category).selectItem(ExerciseCategory.BREATH.label());
        assertThat(rows(view)).isNotEmpty().allSatisfy(r -> assertThat(r.category()).isEqualTo(ExerciseCategory.BREATH));

        test(view.search).setValue("out-breath");
        assertThat(rows(view)).extracting(ExerciseSummary::name).allSatisfy(n -> assertThat(n.toLowerCase())
                .contains("out-breath"));

        test(view.grid).clickRow(0);
        ExerciseDialog dialog = find(ExerciseDialog.class).single();
        assertThat(find(Button.class, dialog).all()).extracting(Button::getText).contains("Copy to adapt")
                .doesNotContain("Edit");
    }

    private List<ExerciseSummary> rows(ExerciseListView view) {
        var grid = test(view.grid);
        List<ExerciseSummary> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }
}
