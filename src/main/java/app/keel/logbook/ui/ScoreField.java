package app.keel.logbook.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/** A 0–10 score with big step buttons and plain words at both ends, so nobody has to guess what 0 and 10 mean. */
final class ScoreField extends IntegerField {

    ScoreField(String label, String low, String high) {
        super(label);
        setMin(0);
        setMax(10);
        setStepButtonsVisible(true);
        setHelperText("0 = " + low + ", 10 = " + high);
        setWidthFull();
        addClassName("keel-score");
    }
}
