package app.keel.exercise.ui;

import app.keel.base.ui.Notifications;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** An exercise read-only, with "copy to adapt" for built-ins and "edit" for the studio's own. */
class ExerciseDialog extends Dialog {

    ExerciseDialog(ExerciseDetails e, ExerciseService exercises, Runnable onChange) {
        setHeaderTitle(e.name());
        add(new Paragraph(e.category().label() + " · " + e.focus() + " · difficulty " + e.difficulty() + " of 5"
                + (e.equipment() == null ? "" : " · " + e.equipment())));
        add(new H4("How to do it"), new Paragraph(e.instructions()));
        add(new H4("Cues"), list(e.cues()));
        if (!e.commonFaults().isEmpty()) {
            add(new H4("Common faults"), list(e.commonFaults()));
        }
        if (e.precautions() != null) {
            add(new H4("Precautions"), new Paragraph(e.precautions()));
        }
        add(new H4("Suggested dosage"), new Paragraph(e.dosage().summary()));
        if (e.easier() != null || e.harder() != null) {
            add(new H4("Progression ladder"), new Paragraph(
                    (e.easier() == null ? "" : "Easier: " + e.easier().name() + ". ")
                            + (e.harder() == null ? "" : "Harder: " + e.harder().name() + ".")));
        }
        Button close = new Button("Close", ev -> close());
        Button action;
        if (e.builtIn()) {
            action = new Button("Copy to adapt", ev -> {
                ExerciseDetails copy = exercises.copy(e.id());
                close();
                onChange.run();
                Notifications.success("Copied. You can now edit \"" + copy.name() + "\".");
                new ExerciseFormDialog(copy, exercises, saved -> onChange.run()).open();
            });
        } else {
            action = new Button("Edit", ev -> {
                close();
                new ExerciseFormDialog(e, exercises, saved -> onChange.run()).open();
            });
        }
        action.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close, action);
        setWidth("min(44rem, 95vw)");
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
