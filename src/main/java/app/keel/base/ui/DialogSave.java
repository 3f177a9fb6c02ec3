package app.keel.base.ui;

import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every buffered form dialog does on "Save": check the form, hand the draft to the service, close on success.
 * A refusal from the service is shown on the fields it names and the dialog stays open; a conflicting save tells who
 * saved first and keeps what the user typed.
 */
public final class DialogSave {

    private DialogSave() {
    }

    public static <D, R> void save(Dialog dialog, Binder<D> binder, D draft, Function<D, R> saver,
                                   Map<String, ? extends HasValidation> fields, Consumer<R> onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            R saved = saver.apply(draft);
            dialog.close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            FormErrors.show(e, fields);
        } catch (ConcurrentEditException e) {
            Notifications.error(e.getMessage());
        }
    }
}
