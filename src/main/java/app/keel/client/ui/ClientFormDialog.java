package app.keel.client.ui;

import app.keel.account.PractitionerOption;
import app.keel.base.ui.DialogSave;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.client.ClientStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Create or edit a client. Buffered: nothing reaches the client until "Save" succeeds, and when the service
 * refuses (a taken e-mail, a stale version) the typed values stay in the form.
 */
class ClientFormDialog extends Dialog {

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("E-mail");
    final DatePicker dateOfBirth = new DatePicker("Date of birth (optional)");
    final TextField phone = new TextField("Phone (optional)");
    final Select<ClientStatus> status = new Select<>();
    final ComboBox<PractitionerOption> practitioner = new ComboBox<>("Primary practitioner");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");

    private final BeanValidationBinder<ClientDraft> binder = new BeanValidationBinder<>(ClientDraft.class);
    private final ClientDraft draft;

    /**
     * @param options practitioners to choose from; empty when the user may not choose (then it stays as it is)
     * @param saver   persists the draft and returns the saved client
     */
    ClientFormDialog(ClientDetails existing, List<PractitionerOption> options,
                     Function<ClientDraft, ClientDetails> saver, Consumer<ClientDetails> onSaved) {
        setHeaderTitle(existing == null ? "New client" : "Edit " + existing.fullName());
        status.setLabel("Status");
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(ClientStatus::label);
        notes.setMaxLength(4000);
        notes.setHelperText("Visible to the studio's practitioners, never to the client.");
        fullName.setMaxLength(120);

        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(dateOfBirth).bind("dateOfBirth");
        binder.forField(phone).bind("phone");
        binder.forField(status).bind("status");
        binder.forField(notes).bind("notes");

        FormLayout form = new FormLayout(fullName, email, dateOfBirth, phone, status);
        if (!options.isEmpty()) {
            practitioner.setItems(options);
            practitioner.setItemLabelGenerator(PractitionerOption::fullName);
            binder.forField(practitioner).bind(
                    d -> options.stream().filter(o -> d.getPrimaryPractitionerId() != null
                            && o.id() == d.getPrimaryPractitionerId()).findFirst().orElse(null),
                    (d, o) -> d.setPrimaryPractitionerId(o == null ? null : o.id()));
            form.add(practitioner);
        }
        form.add(notes, 2);

        draft = existing == null ? new ClientDraft() : ClientDraft.of(existing);
        binder.readBean(draft);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> DialogSave.save(this, binder, draft, saver, Map.of("fullName", fullName,
                "email", email, "dateOfBirth", dateOfBirth, "phone", phone, "status", status, "notes", notes,
                "primaryPractitionerId", practitioner), onSaved));
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
