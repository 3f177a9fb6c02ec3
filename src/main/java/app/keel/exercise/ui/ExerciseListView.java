package app.keel.exercise.ui;

import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.ExerciseFilter;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.ExerciseSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The exercise library: built-ins and the studio's own, paged from the database, filtered and sorted. */
@Route("console/exercises")
@PageTitle("Exercise library · Keel")
@Menu(title = "Exercise library", order = 3, icon = "vaadin:book")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ExerciseListView extends VerticalLayout {

    static final String ANY = "Any category";

    final Grid<ExerciseSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Object> category = new Select<>();
    final ComboBox<String> focus = new ComboBox<>();
    final Button newExercise = new Button("New exercise", VaadinIcon.PLUS.create());

    private final transient ExerciseService exercises;

    ExerciseListView(ExerciseService exercises) {
        this.exercises = exercises;
        addClassName("keel-page");
        setSizeFull();

        search.setPlaceholder("Search name or focus");
        search.setAriaLabel("Search exercises");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        category.setAriaLabel("Filter by category");
        category.setItems(ANY, ExerciseCategory.STABILITY, ExerciseCategory.LOAD, ExerciseCategory.MOBILITY,
                ExerciseCategory.BREATH, ExerciseCategory.REST, ExerciseCategory.HABIT);
        category.setItemLabelGenerator(o -> o instanceof ExerciseCategory c ? c.label() : ANY);
        category.setValue(ANY);
        category.addValueChangeListener(e -> refresh());

        focus.setPlaceholder("Any focus");
        focus.setAriaLabel("Filter by focus");
        focus.setClearButtonVisible(true);
        focus.setItems(exercises.focuses());
        focus.addValueChangeListener(e -> refresh());

        newExercise.addThemeVariants(ButtonVariant.PRIMARY);
        newExercise.addClickListener(e -> new ExerciseFormDialog(null, exercises, saved -> refresh()).open());

        var name = grid.addColumn(ExerciseSummary::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(s -> s.category().label()).setHeader("Category");
        grid.addColumn(ExerciseSummary::focus).setHeader("Focus").setFlexGrow(2);
        grid.addColumn(ExerciseSummary::difficulty).setHeader("Difficulty").setKey("difficulty")
                .setSortProperty("difficulty");
        grid.addColumn(s -> s.builtIn() ? "Built-in" : "Studio").setHeader("Source");
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> exercises.list(filter(), pageable));
        grid.setEmptyStateText("No exercises match. Clear the filters or add your own exercise.");
        grid.addItemClickListener(e -> new ExerciseDialog(exercises.get(e.getItem().id()), exercises, this::refresh)
                .open());
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, category, focus, newExercise);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2("Exercise library"), toolbar, grid);
    }

    ExerciseFilter filter() {
        return new ExerciseFilter(search.getValue(), category.getValue() instanceof ExerciseCategory c ? c : null,
                focus.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
