package app.keel.program.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Notifications;
import app.keel.client.ClientRef;
import app.keel.program.ProgramDetails;
import app.keel.program.template.TemplateService;
import app.keel.program.template.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.function.Consumer;

/** The two small template dialogs: save the open program as a template; start a client's program from one. */
final class TemplateDialogs {

    private TemplateDialogs() {
    }

    static void saveAs(TemplateService templates, ProgramDetails program) {
        Dialog dialog = new Dialog("Save as studio template");
        TextField title = new TextField("Template name");
        title.setValue(program.title());
        title.setWidthFull();
        Button save = new Button("Save template", e -> {
            try {
                TemplateSummary saved = templates.saveAsTemplate(program.id(), title.getValue());
                dialog.close();
                Notifications.success("Saved the template \"" + saved.title() + "\".");
            } catch (InvalidInputException ex) {
                title.setErrorMessage(ex.getMessage());
                title.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph("Everyone in the studio can start programs from it. The client and dates are not "
                + "part of a template."), title);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    static void startFrom(TemplateService templates, ClientRef client, LocalDate suggestedStart,
                          Consumer<ProgramDetails> onCreated) {
        Dialog dialog = new Dialog("Start a program for " + client.fullName());
        ComboBox<TemplateSummary> template = new ComboBox<>("Template");
        template.setItems(templates.list());
        template.setItemLabelGenerator(t -> t.title() + " (" + t.weeks() + " weeks)");
        template.setWidthFull();
        DatePicker start = new DatePicker("Start date", suggestedStart);
        Button create = new Button("Create draft", e -> {
            if (template.isEmpty() || start.isEmpty()) {
                Notifications.error("Choose a template and a start date.");
                return;
            }
            try {
                ProgramDetails created = templates.startFromTemplate(template.getValue().id(), client.id(),
                        start.getValue());
                dialog.close();
                onCreated.accept(created);
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(template, start);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }
}
