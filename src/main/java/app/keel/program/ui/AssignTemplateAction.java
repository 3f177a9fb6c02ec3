package app.keel.program.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.ui.Notifications;
import app.keel.client.ClientBulkAction;
import app.keel.client.ClientSummary;
import app.keel.program.template.BulkAssignResult;
import app.keel.program.template.TemplateService;
import app.keel.program.template.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Assign template" on the clients grid: one template, one start date, many clients; then a summary. */
@Component
class AssignTemplateAction implements ClientBulkAction {

    private final TemplateService templates;
    private final Clock clock;

    AssignTemplateAction(TemplateService templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Assign template";
    }

    @Override
    public void run(List<ClientSummary> clients, Runnable whenDone) {
        Dialog dialog = new Dialog("Assign a template to " + clients.size()
                + (clients.size() == 1 ? " client" : " clients"));
        ComboBox<TemplateSummary> template = new ComboBox<>("Template");
        template.setItems(templates.list());
        template.setItemLabelGenerator(t -> t.title() + " (" + t.weeks() + " weeks)");
        template.setWidthFull();
        DatePicker start = new DatePicker("Start date");
        start.setValue(CurrentUser.require().today(clock).plusDays(1));
        Button assign = new Button("Assign", e -> {
            if (template.isEmpty() || start.isEmpty()) {
                Notifications.error("Choose a template and a start date.");
                e.getSource().setEnabled(true);
                return;
            }
            BulkAssignResult result = templates.assign(template.getValue().id(),
                    clients.stream().map(ClientSummary::id).toList(), start.getValue());
            dialog.close();
            summary(result, clients);
            whenDone.run();
        });
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true); // shows at once that the work has started; re-enabled if input is missing
        if (templates.list().isEmpty()) {
            dialog.add(new Paragraph("Your studio has no templates yet. Open a program and use \"Save as template\"."));
            assign.setEnabled(false);
        }
        dialog.add(template, start);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), assign);
        dialog.open();
    }

    private static void summary(BulkAssignResult result, List<ClientSummary> chosen) {
        Map<Long, String> names = chosen.stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::fullName,
                (a, b) -> a));
        Dialog dialog = new Dialog("Template assigned");
        dialog.add(new Paragraph(result.created().size() + " program(s) created as drafts. Open each to check and "
                + "activate it."));
        UnorderedList list = new UnorderedList();
        result.created().forEach(c -> list.add(new ListItem(c.clientName() + ": created")));
        Function<BulkAssignResult.Failed, String> failure = f -> names.getOrDefault(f.clientId(), "A client")
                + ": not created. " + f.reason();
        result.failed().forEach(f -> list.add(new ListItem(failure.apply(f))));
        list.setId("assign-summary");
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
