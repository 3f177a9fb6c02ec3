package app.keel.account.ui;

import app.keel.account.AccountService;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import app.keel.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

/** Change one's own password; used by the console and the client portal alike. */
class ChangePasswordForm extends VerticalLayout {

    ChangePasswordForm(AccountService accounts) {
        setPadding(false);
        setMaxWidth("26rem");
        PasswordField current = new PasswordField("Current password");
        current.setWidthFull();
        current.setId("current-password");
        PasswordFields fresh = new PasswordFields();
        Button save = new Button("Change password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            current.setInvalid(false);
            fresh.password.setInvalid(false);
            fresh.confirmation.setInvalid(false);
            try {
                accounts.changePassword(current.getValue(), fresh.password.getValue(), fresh.confirmation.getValue());
                current.clear();
                fresh.password.clear();
                fresh.confirmation.clear();
                Notifications.success("Your password has been changed.");
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("currentPassword", current, "password", fresh.password,
                        "confirmation", fresh.confirmation));
            }
        });
        add(new H2("Change your password"), current, fresh.password, fresh.confirmation, save);
    }
}
