package app.keel.exercise.ui;

import app.keel.base.ui.DialogSave;
import app.keel.base.ui.Notifications;
import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseDraft;
import app.keel.exercise.ExerciseService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Create or edit a studio exercise (buffered; nothing is saved until the service accepts it). */
class ExerciseFormDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Select<ExerciseCategory> category = new Select<>();
    final TextField focus = new TextField("Focus");
    final TextArea instructions = new TextArea("How to do it");
    final TextArea cues = new TextArea("Cues (one per line)");
    final TextArea commonFaults = new TextArea("Common faults (one per line)");
    final TextArea precautions = new TextArea("Precautions: who it may not suit");
    final Checkbox oneSided = new Checkbox("Done one side at a time (the client reads \"each side\")");
    final IntegerField sets = new IntegerField("Sets");
    final IntegerField reps = new IntegerField("Reps");
    final IntegerField holdSeconds = new IntegerField("Hold (s)");
    final IntegerField restSeconds = new IntegerField("Rest (s)");
    final IntegerField minutes = new IntegerField("Minutes");
    final IntegerField timesPerDay = new IntegerField("Times per day");
    final TextField equipment = new TextField("Equipment");
    final IntegerField difficulty = new IntegerField("Difficulty (1–5)");
    final TextField mediaUrl = new TextField("Video or picture link (optional)");
    final Button save = new Button("Save");

    ExerciseFormDialog(ExerciseDetails existing, ExerciseService exercises, Consumer<ExerciseDetails> onSaved) {
        setHeaderTitle(existing == null ? "New exercise" : "Edit " + existing.name());
        category.setLabel("Category");
        category.setItems(ExerciseCategory.values());
        category.setItemLabelGenerator(ExerciseCategory::label);

        BeanValidationBinder<ExerciseDraft> binder = new BeanValidationBinder<>(ExerciseDraft.class);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        bind(binder, fields, "name", name);
        bind(binder, fields, "category", category);
        bind(binder, fields, "focus", focus);
        bind(binder, fields, "instructions", instructions);
        bind(binder, fields, "cues", cues);
        bind(binder, fields, "commonFaults", commonFaults);
        bind(binder, fields, "precautions", precautions);
        binder.forField(oneSided).bind("oneSided");
        bind(binder, fields, "sets", sets);
        bind(binder, fields, "reps", reps);
        bind(binder, fields, "holdSeconds", holdSeconds);
        bind(binder, fields, "restSeconds", restSeconds);
        bind(binder, fields, "minutes", minutes);
        bind(binder, fields, "timesPerDay", timesPerDay);
        bind(binder, fields, "equipment", equipment);
        binder.forField(difficulty).withNullRepresentation(1).bind("difficulty");
        fields.put("difficulty", difficulty);
        bind(binder, fields, "mediaUrl", mediaUrl);

        ExerciseDraft draft = existing == null ? new ExerciseDraft() : existing.draft();
        binder.readBean(draft);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> DialogSave.save(this, binder, draft,
                d -> existing == null ? exercises.create(d) : exercises.update(existing.id(), existing.version(), d),
                fields, saved -> {
                    Notifications.success("Saved \"" + saved.name() + "\".");
                    onSaved.accept(saved);
                }));
        FormLayout form = new FormLayout(name, category, focus, difficulty, equipment, mediaUrl, sets, reps,
                holdSeconds, restSeconds, minutes, timesPerDay);
        form.add(instructions, 2);
        form.add(cues, 2);
        form.add(commonFaults, 2);
        form.add(precautions, 2);
        form.add(oneSided, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(52rem, 95vw)");
    }

    @SuppressWarnings({"rawtypes", "unchecked"}) // bound by property name, so the value type is checked at runtime
    private static <F extends HasValue<?, ?> & HasValidation> void bind(
            BeanValidationBinder<ExerciseDraft> binder, Map<String, HasValidation> fields, String property, F field) {
        binder.forField((HasValue) field).bind(property);
        fields.put(property, field);
    }
}
