package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import app.keel.logbook.ItemLogDetails;
import app.keel.logbook.ItemLogDraft;
import app.keel.program.plan.MyProgram;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The optional numbers of one logged item (sets, reps or hold, load, effort, form, pain, note). An item card builds it
 * only when the client opens "Add details": most taps never do, and a day's page stays small (docs/performance.md).
 */
class ItemDetailsForm extends VerticalLayout {

    private final MyProgram.Item item;
    private final IntegerField sets = new IntegerField("Sets done");
    private final IntegerField reps = new IntegerField("Reps per set");
    private final IntegerField hold = new IntegerField("Hold (seconds)");
    private final BigDecimalField load = new BigDecimalField("Load used (kg)");
    private final ScoreField effort = new ScoreField("Effort", "very easy", "as hard as possible");
    private final Checkbox formHeld = new Checkbox("My form held to the end");
    private final ScoreField pain = new ScoreField("Pain during", "no pain", "worst pain imaginable");
    private final TextArea note = new TextArea("Note (optional)");

    ItemDetailsForm(MyProgram.Item item, Runnable save) {
        this.item = item;
        setPadding(false);
        note.setMaxLength(500);
        note.setWidthFull();
        sets.setStepButtonsVisible(true);
        sets.setMin(0);
        reps.setMin(0);
        hold.setMin(0);
        Button saveButton = new Button("Save details", e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        add(sets);
        if (item.numbers().holdSeconds() != null) {
            add(hold);
        } else if (item.numbers().reps() != null) {
            add(reps);
        }
        if (item.numbers().loadKg() != null) {
            add(load);
        }
        add(effort, formHeld, pain, note, saveButton);
    }

    /** Shows what was saved (nothing yet: empty fields, the prescribed load). */
    void show(ItemLogDetails log) {
        sets.setValue(log == null ? null : log.setsDone());
        reps.setValue(log == null ? null : log.repsDone());
        hold.setValue(log == null ? null : log.holdSeconds());
        load.setValue(shownLoad(item, log));
        effort.setValue(log == null ? null : log.rpe());
        formHeld.setValue(log != null && Boolean.TRUE.equals(log.formHeld()));
        pain.setValue(log == null ? null : log.painDuring());
        note.setValue(log == null || log.note() == null ? "" : log.note());
        for (HasValidation f : new HasValidation[]{sets, reps, hold, load, effort, pain, note}) {
            f.setInvalid(false);
        }
    }

    /** Puts what the fields hold into the draft; {@code saved} is the log the card shows. */
    void writeTo(ItemLogDraft d, ItemLogDetails saved) {
        d.setSetsDone(sets.getValue());
        d.setRepsDone(reps.getValue());
        d.setHoldSeconds(hold.getValue());
        d.setLoadKg(load.getValue());
        d.setRpe(effort.getValue());
        // Unticked means "not said" until the client has once said something about their form.
        d.setFormHeld(formHeld.getValue() ? Boolean.TRUE : saved != null && saved.formHeld() != null ? false : null);
        d.setPainDuring(pain.getValue());
        d.setNote(note.getValue());
    }

    /** What the unopened form would hold: the saved details, unchanged. */
    static void writeSaved(ItemLogDraft d, MyProgram.Item item, ItemLogDetails saved) {
        d.setSetsDone(saved == null ? null : saved.setsDone());
        d.setRepsDone(saved == null ? null : saved.repsDone());
        d.setHoldSeconds(saved == null ? null : saved.holdSeconds());
        d.setLoadKg(shownLoad(item, saved));
        d.setRpe(saved == null ? null : saved.rpe());
        d.setFormHeld(saved == null ? null : saved.formHeld());
        d.setPainDuring(saved == null ? null : saved.painDuring());
        d.setNote(saved == null || saved.note() == null ? "" : saved.note());
    }

    void showErrors(InvalidInputException e) {
        FormErrors.show(e, Map.<String, HasValidation>of("setsDone", sets, "repsDone", reps,
                "holdSeconds", hold, "loadKg", load, "rpe", effort, "painDuring", pain, "note", note));
    }

    private static BigDecimal shownLoad(MyProgram.Item item, ItemLogDetails log) {
        return log == null || log.loadKg() == null ? item.numbers().loadKg() : log.loadKg();
    }
}
