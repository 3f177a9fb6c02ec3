package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Notifications;
import app.keel.logbook.AlreadyLoggedException;
import app.keel.logbook.ItemLogDetails;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.program.plan.MyProgram;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.EnumMap;
import java.util.Map;

/**
 * One item of the day on the client's phone: what to do, three big buttons (done, partly, skipped) and the optional
 * details (built when first opened). Every tap saves at once; a tap on another choice changes the saved one.
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
    private final Details details = new Details("Add details");
    private ItemDetailsForm form;
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
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form();
            }
        });
        add(buttons, status, details);
        show(saved);
    }

    /** The details form, built the first time it is needed. */
    private ItemDetailsForm form() {
        if (form == null) {
            form = new ItemDetailsForm(item, this::saveDetails);
            form.show(saved);
            details.add(form);
        }
        return form;
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
            details.setOpened(true);
            form().showErrors(e);
        } catch (AlreadyLoggedException | NotFoundException e) {
            Notifications.error(e instanceof AlreadyLoggedException ? e.getMessage()
                    : "This exercise is no longer in your program. The page now shows the current one.");
            reload.run();
        }
    }

    private ItemLogDraft draft() {
        ItemLogDraft d = new ItemLogDraft();
        if (form == null) {
            ItemDetailsForm.writeSaved(d, item, saved);
        } else {
            form.writeTo(d, saved);
        }
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
        if (form != null) {
            form.show(log);
        }
    }
}
