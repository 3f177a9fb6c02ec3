package app.keel.account.ui;

import app.keel.account.AccountService;
import app.keel.account.ClientDirectory.ClientLogin;
import app.keel.account.LoginAccessService;
import app.keel.account.PractitionerOption;
import app.keel.account.PractitionerSummary;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An admin switches a practitioner's login off. Each of their clients first gets a new practitioner (one choice
 * for all, or one per client); the service refuses unless every client has one.
 */
class SwitchOffPractitionerDialog extends Dialog {

    SwitchOffPractitionerDialog(PractitionerSummary leaving, AccountService accounts, LoginAccessService logins,
                                Runnable onDone) {
        setHeaderTitle("Switch off " + leaving.fullName());
        List<ClientLogin> clients = logins.clientsToHandOver(leaving.id());
        List<PractitionerOption> others = accounts.practitionerOptions().stream()
                .filter(p -> p.id() != leaving.id()).toList();
        Paragraph intro = new Paragraph(leaving.fullName() + " will be signed out at once and can no longer sign in. "
                + (clients.isEmpty() ? "They have no clients to hand over."
                : "Choose who takes over each of their " + clients.size() + " clients."));
        FormLayout choices = new FormLayout();
        Map<Long, ComboBox<PractitionerOption>> perClient = new HashMap<>();
        if (!clients.isEmpty()) {
            ComboBox<PractitionerOption> all = picker("All clients to", others);
            all.setId("hand-all-to");
            all.addValueChangeListener(e -> perClient.values().forEach(c -> c.setValue(e.getValue())));
            choices.add(all);
        }
        for (ClientLogin client : clients) {
            ComboBox<PractitionerOption> to = picker(client.fullName(), others);
            perClient.put(client.clientId(), to);
            choices.add(to);
        }
        Button confirm = new Button("Switch off", e -> {
            Map<Long, Long> chosen = new HashMap<>();
            perClient.forEach((clientId, box) -> {
                if (box.getValue() != null) {
                    chosen.put(clientId, box.getValue().id());
                }
            });
            try {
                logins.deactivatePractitioner(leaving.id(), chosen);
                close();
                onDone.run();
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setId("confirm-switch-off");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        add(intro, choices);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("min(36rem, 95vw)");
    }

    private static ComboBox<PractitionerOption> picker(String label, List<PractitionerOption> options) {
        ComboBox<PractitionerOption> box = new ComboBox<>(label, options);
        box.setItemLabelGenerator(PractitionerOption::fullName);
        box.setWidthFull();
        return box;
    }
}
