package app.keel.program.ui;

import app.keel.exercise.ExerciseFilter;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.ExerciseSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.function.Predicate;

/** Search the library and add an exercise to the program with one click. */
class ExercisePickerDialog extends Dialog {

    final TextField search = new TextField();
    final Grid<ExerciseSummary> grid = new Grid<>();

    /** {@code onPick} answers whether the pick was added; if not (a refused add), the dialog stays open as it was. */
    ExercisePickerDialog(ExerciseService exercises, Predicate<ExerciseSummary> onPick) {
        setHeaderTitle("Add from the library");
        search.setPlaceholder("Search name or focus, e.g. dead bug or hip hinge");
        search.setAriaLabel("Search the library");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(ExerciseSummary::name).setHeader("Exercise").setFlexGrow(3);
        grid.addColumn(s -> s.category().label()).setHeader("Category");
        grid.addColumn(ExerciseSummary::focus).setHeader("Focus").setFlexGrow(2);
        grid.addColumn(ExerciseSummary::difficulty).setHeader("Difficulty");
        grid.setItemsPageable(p -> exercises.list(new ExerciseFilter(search.getValue(), null, null), p));
        grid.addItemClickListener(e -> {
            if (onPick.test(e.getItem())) {
                close();
            }
        });
        grid.setHeight("24rem");
        add(search, grid);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(52rem, 95vw)");
    }
}
