package app.keel.account.ui;

import app.keel.account.AccountService;
import app.keel.account.IssuedInvitation;
import app.keel.account.StaffDraft;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.Map;
import java.util.function.Consumer;

/** An admin adds a practitioner: name and e-mail, then the practitioner gets an invitation link. */
class InvitePractitionerDialog extends Dialog {

    InvitePractitionerDialog(AccountService accounts, Consumer<IssuedInvitation> onInvited) {
        setHeaderTitle("Invite a practitioner");
        TextField name = new TextField("Full name");
        EmailField email = new EmailField("E-mail");
        BeanValidationBinder<StaffDraft> binder = new BeanValidationBinder<>(StaffDraft.class);
        binder.forField(name).bind("fullName");
        binder.forField(email).bind("email");
        StaffDraft draft = new StaffDraft();
        binder.readBean(draft);

        Button invite = new Button("Create and invite", e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                IssuedInvitation invitation = accounts.invitePractitioner(draft);
                close();
                onInvited.accept(invitation);
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("fullName", name, "email", email));
            }
        });
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        add(new FormLayout(name, email));
        getFooter().add(new Button("Cancel", e -> close()), invite);
        setWidth("min(32rem, 95vw)");
    }
}
