package app.keel.base.ui;

import app.keel.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** Shows a service's refusal where the user typed: on the field it concerns, or as a notice for the whole form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        StringBuilder general = new StringBuilder();
        e.fieldErrors().forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                general.append(message).append(' ');
            }
        });
        if (!general.isEmpty()) {
            Notifications.error(general.toString().strip());
        }
    }
}
