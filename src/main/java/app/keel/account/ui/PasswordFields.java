package app.keel.account.ui;

import app.keel.account.PasswordPolicy;
import com.vaadin.flow.component.textfield.PasswordField;

/** The "new password" pair, with the policy in plain words. */
final class PasswordFields {

    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Type it again");

    PasswordFields() {
        password.setHelperText(PasswordPolicy.MIN + " to " + PasswordPolicy.MAX
                + " characters. Any letters, numbers, spaces or symbols.");
        password.setId("new-password");
        confirmation.setId("confirm-password");
        password.setWidthFull();
        confirmation.setWidthFull();
    }
}
