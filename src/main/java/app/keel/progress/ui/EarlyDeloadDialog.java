package app.keel.progress.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Dates;
import app.keel.program.DeloadPreview;
import app.keel.progress.EarlyDeload;
import app.keel.progress.EarlyDeloadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.Map;
import java.util.function.Consumer;

/**
 * "Start an easier week now": choose the length and the share of the usual amount, see today's doses before and
 * after, then confirm. Nothing changes until the confirmation.
 */
class EarlyDeloadDialog extends Dialog {

    final IntegerField days = new IntegerField("Days");
    final IntegerField percent = new IntegerField("Share of the usual amount (%)");
    final Paragraph summary = new Paragraph();
    final NativeTable doses = new NativeTable();
    final Button confirm = new Button("Start the easier week");

    private final transient EarlyDeloadService service;
    private final long clientId;

    EarlyDeloadDialog(EarlyDeloadService service, long clientId, Consumer<EarlyDeload> started) {
        this.service = service;
        this.clientId = clientId;
        setHeaderTitle("Start an easier week now");
        days.setValue(EarlyDeloadService.DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        percent.setValue(EarlyDeloadService.DEFAULT_PERCENT);
        percent.setStepButtonsVisible(true);
        percent.setStep(10);
        days.addValueChangeListener(e -> refresh());
        percent.addValueChangeListener(e -> refresh());
        doses.addClassName("keel-table");
        doses.setId("deload-preview");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                EarlyDeload saved = service.start(clientId, value(days), value(percent));
                close();
                started.accept(saved);
            } catch (InvalidInputException ex) {
                show(ex);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        add(new Paragraph("From today the client's program is lighter: the same exercises at the share you choose. "
                + "It is saved as a flare-up deload on the running program."), new HorizontalLayout(days, percent),
                summary, new Div(doses));
        getFooter().add(cancel, confirm);
        refresh();
    }

    private void refresh() {
        days.setInvalid(false);
        percent.setInvalid(false);
        doses.removeHead();
        doses.removeBody();
        try {
            EarlyDeload plan = service.preview(clientId, value(days), value(percent));
            String note = plan.note() == null ? "" : " " + plan.note();
            summary.setText("From " + Dates.date(plan.start()) + " to " + Dates.date(plan.end()) + " at "
                    + plan.volumePercent() + " %." + note);
            NativeTableRow head = doses.getHead().addRow();
            head.addHeaderCell().setText("Exercise");
            head.addHeaderCell().setText("Today as planned");
            head.addHeaderCell().setText("Today, easier");
            for (DeloadPreview.Item item : plan.preview().items()) {
                NativeTableRow row = doses.getBody().addRow();
                row.addHeaderCell().setText(item.exercise());
                row.addDataCell().setText(item.before());
                row.addDataCell().setText(item.after());
            }
            confirm.setEnabled(true);
        } catch (InvalidInputException ex) {
            show(ex);
        }
    }

    private void show(InvalidInputException ex) {
        confirm.setEnabled(false);
        String general = ex.fieldErrors().get("");
        summary.setText(general == null ? "Check the highlighted fields." : general);
        Map.of("days", days, "percent", percent).forEach((name, field) -> {
            String message = ex.fieldErrors().get(name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
