package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import app.keel.base.ui.Notifications;
import app.keel.logbook.AlreadyLoggedException;
import app.keel.logbook.CheckInDetails;
import app.keel.logbook.CheckInDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.Map;
import java.util.function.Function;

/** The daily check-in: how the back feels today, in six 0–10 scores, a flare-up flag and a note. */
class CheckInForm extends VerticalLayout {

    private final ScoreField painNow = new ScoreField("Pain right now", "no pain", "worst pain imaginable");
    private final ScoreField worstPain = new ScoreField("Worst pain in the last 24 hours", "no pain",
            "worst pain imaginable");
    private final ScoreField stiffness = new ScoreField("Stiffness", "not stiff at all", "as stiff as can be");
    private final ScoreField sleep = new ScoreField("Sleep last night", "very poor", "very good");
    private final ScoreField stress = new ScoreField("Stress", "calm", "extremely stressed");
    private final ScoreField confidence = new ScoreField("Confidence in moving", "afraid to move",
            "moving freely");
    private final Checkbox flareUp = new Checkbox("I am having a flare-up");
    private final TextArea note = new TextArea("Anything else? (optional)");
    private final Binder<CheckInDraft> binder = new Binder<>(CheckInDraft.class);
    private final Paragraph status = new Paragraph();
    private CheckInDraft draft = new CheckInDraft();

    CheckInForm(CheckInDetails saved, boolean open, Function<CheckInDraft, CheckInDetails> saver) {
        setPadding(false);
        setId("check-in");
        addClassName("keel-check-in");
        add(new H2("Check-in"));
        note.setMaxLength(500);
        note.setWidthFull();
        binder.forField(painNow).asRequired("Please choose your pain right now (0 to 10).")
                .bind(CheckInDraft::getPainNow, CheckInDraft::setPainNow);
        binder.forField(worstPain).asRequired("Please choose your worst pain in the last 24 hours.")
                .bind(CheckInDraft::getWorstPain, CheckInDraft::setWorstPain);
        binder.forField(stiffness).asRequired("Please choose how stiff you feel.")
                .bind(CheckInDraft::getStiffness, CheckInDraft::setStiffness);
        binder.forField(sleep).asRequired("Please choose how well you slept.")
                .bind(CheckInDraft::getSleepQuality, CheckInDraft::setSleepQuality);
        binder.forField(stress).asRequired("Please choose how stressed you feel.")
                .bind(CheckInDraft::getStress, CheckInDraft::setStress);
        binder.forField(confidence).asRequired("Please choose how confident you feel moving.")
                .bind(CheckInDraft::getConfidence, CheckInDraft::setConfidence);
        binder.bind(flareUp, CheckInDraft::isFlareUp, CheckInDraft::setFlareUp);
        binder.bind(note, CheckInDraft::getNote, CheckInDraft::setNote);
        status.addClassName("keel-muted");
        add(status, painNow, worstPain, stiffness, sleep, stress, confidence, flareUp, note);
        Button save = new Button("Save check-in", e -> save(saver));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-check-in");
        if (open) {
            add(save);
        } else {
            binder.setReadOnly(true);
        }
        show(saved, open);
    }

    private void save(Function<CheckInDraft, CheckInDetails> saver) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            show(saver.apply(draft), true);
            Notifications.success("Check-in saved. Thank you.");
        } catch (InvalidInputException e) {
            FormErrors.show(e, Map.<String, HasValidation>of("painNow", painNow, "worstPain", worstPain,
                    "stiffness", stiffness, "sleepQuality", sleep, "stress", stress, "confidence", confidence,
                    "note", note));
        } catch (AlreadyLoggedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(CheckInDetails saved, boolean open) {
        draft = saved == null ? new CheckInDraft() : CheckInDraft.of(saved);
        binder.readBean(draft);
        status.setText(saved == null
                ? open ? "Not done yet for this day. It takes a minute." : "No check-in was saved for this day."
                : open ? "Saved. You can still change it today and tomorrow." : "Saved. This day is closed now.");
    }
}
