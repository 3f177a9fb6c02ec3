package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.FormErrors;
import app.keel.base.ui.Notifications;
import app.keel.logbook.AlreadyLoggedException;
import app.keel.logbook.ItemLogDetails;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.program.plan.MyProgram;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One item of the day on the client's phone: what to do, three big buttons (done, partly, skipped) and the optional
 * details. Every tap saves at once; a tap on another choice changes the saved one.
 */
class ItemCard extends Div {

    /** Saves a draft for this item and returns what was saved; the view knows the day and the service. */
    interface Saver {
        ItemLogDetails save(long prescriptionId, ItemLogDraft draft);
    }

    private final MyProgram.Item item;
    private final Saver saver;
    private final Runnable reload;
    private final Map<LogOutcome, Button> choices = new EnumMap<>(LogOutcome.class);
    private final Paragraph status = new Paragraph();
    private final IntegerField sets = new IntegerField("Sets done");
    private final IntegerField reps = new IntegerField("Reps per set");
    private final IntegerField hold = new IntegerField("Hold (seconds)");
    private final BigDecimalField load = new BigDecimalField("Load used (kg)");
    private final ScoreField effort = new ScoreField("Effort", "very easy", "as hard as possible");
    private final Checkbox formHeld = new Checkbox("My form held to the end");
    private final ScoreField pain = new ScoreField("Pain during", "no pain", "worst pain imaginable");
    private final TextArea note = new TextArea("Note (optional)");
    private ItemLogDetails saved;

    ItemCard(MyProgram.Item item, ItemLogDetails saved, Saver saver, Runnable reload) {
        this.item = item;
        this.saver = saver;
        this.reload = reload;
        addClassName("keel-item");
        setId("item-" + item.prescriptionId());
        add(new H3(item.exercise()), new Paragraph(item.dose()));
        item.details().forEach(line -> {
            Paragraph p = new Paragraph(line);
            p.addClassName("keel-item-detail");
            add(p);
        });
        if (item.stopRule() != null) {
            add(new Paragraph(item.stopRule()));
        }
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("keel-choices");
        for (LogOutcome outcome : LogOutcome.values()) {
            Button b = new Button(outcome.label(), e -> choose(outcome));
            b.addClassName("keel-choice");
            choices.put(outcome, b);
            buttons.add(b);
        }
        status.addClassName("keel-muted");
        add(buttons, status, details());
        show(saved);
    }

    private Details details() {
        note.setMaxLength(500);
        note.setWidthFull();
        sets.setStepButtonsVisible(true);
        sets.setMin(0);
        reps.setMin(0);
        hold.setMin(0);
        Button save = new Button("Save details", e -> saveDetails());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(sets);
        form.setPadding(false);
        if (item.numbers().holdSeconds() != null) {
            form.add(hold);
        } else if (item.numbers().reps() != null) {
            form.add(reps);
        }
        if (item.numbers().loadKg() != null) {
            form.add(load);
        }
        form.add(effort, formHeld, pain, note, save);
        return new Details("Add details", form);
    }

    private void choose(LogOutcome outcome) {
        ItemLogDraft draft = draft();
        draft.setOutcome(outcome);
        if (saved == null && outcome == LogOutcome.DONE) {
            prefillAsPrescribed(draft);
        }
        submit(draft);
    }

    private void saveDetails() {
        ItemLogDraft draft = draft();
        draft.setOutcome(saved == null ? LogOutcome.DONE : saved.outcome());
        submit(draft);
    }

    private void submit(ItemLogDraft draft) {
        try {
            show(saver.save(item.prescriptionId(), draft));
            Notifications.success(item.exercise() + ": " + saved.outcome().label().toLowerCase() + ", saved.");
        } catch (InvalidInputException e) {
            FormErrors.show(e, Map.<String, HasValidation>of("setsDone", sets, "repsDone", reps,
                    "holdSeconds", hold, "loadKg", load, "rpe", effort, "painDuring", pain, "note", note));
        } catch (AlreadyLoggedException | NotFoundException e) {
            Notifications.error(e instanceof AlreadyLoggedException ? e.getMessage()
                    : "This exercise is no longer in your program. The page now shows the current one.");
            reload.run();
        }
    }

    private ItemLogDraft draft() {
        ItemLogDraft d = new ItemLogDraft();
        d.setSetsDone(sets.getValue());
        d.setRepsDone(reps.getValue());
        d.setHoldSeconds(hold.getValue());
        d.setLoadKg(load.getValue());
        d.setRpe(effort.getValue());
        // Unticked means "not said" until the client has once said something about their form.
        d.setFormHeld(formHeld.getValue() ? Boolean.TRUE : saved != null && saved.formHeld() != null ? false : null);
        d.setPainDuring(pain.getValue());
        d.setNote(note.getValue());
        d.setExpectedVersion(saved == null ? null : saved.version());
        return d;
    }

    /** A plain "done" means done as prescribed: the numbers say so, and the client can correct them. */
    private void prefillAsPrescribed(ItemLogDraft d) {
        if (d.getSetsDone() == null) {
            d.setSetsDone(item.numbers().sets());
        }
        if (d.getRepsDone() == null && item.numbers().holdSeconds() == null) {
            d.setRepsDone(item.numbers().reps());
        }
        if (d.getHoldSeconds() == null) {
            d.setHoldSeconds(item.numbers().holdSeconds());
        }
        if (d.getLoadKg() == null) {
            d.setLoadKg(item.numbers().loadKg());
        }
    }

    private void show(ItemLogDetails log) {
        saved = log;
        choices.forEach((outcome, b) -> {
            boolean chosen = log != null && log.outcome() == outcome;
            b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            b.removeThemeVariants(ButtonVariant.PRIMARY);
            if (chosen) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
            }
        });
        status.setText(log == null ? "Not logged yet." : "Logged: " + log.outcome().label().toLowerCase() + ".");
        sets.setValue(log == null ? null : log.setsDone());
        reps.setValue(log == null ? null : log.repsDone());
        hold.setValue(log == null ? null : log.holdSeconds());
        BigDecimal prescribed = item.numbers().loadKg();
        load.setValue(log == null || log.loadKg() == null ? prescribed : log.loadKg());
        effort.setValue(log == null ? null : log.rpe());
        formHeld.setValue(log != null && Boolean.TRUE.equals(log.formHeld()));
        pain.setValue(log == null ? null : log.painDuring());
        note.setValue(log == null || log.note() == null ? "" : log.note());
        for (HasValidation f : new HasValidation[]{sets, reps, hold, load, effort, pain, note}) {
            f.setInvalid(false);
        }
    }
}
