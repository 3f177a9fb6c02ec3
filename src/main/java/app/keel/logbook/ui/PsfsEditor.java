package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Dates;
import app.keel.base.ui.Notifications;
import app.keel.logbook.psfs.PsfsActivityDetails;
import app.keel.logbook.psfs.PsfsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

/** The practitioner names up to five activities the client finds hard; the client rates them on their phone. */
class PsfsEditor extends VerticalLayout {

    private final List<TextField> fields = new ArrayList<>();
    private final Paragraph latest = new Paragraph();

    PsfsEditor(PsfsService psfs, long clientId) {
        setPadding(false);
        setId("psfs-editor");
        add(new H3("Everyday activities (PSFS)"), new Paragraph("Up to " + PsfsService.MAX_ACTIVITIES
                + " activities the client finds hard, e.g. \"lift the laundry basket\". The client rates each from "
                + "0 (cannot do it) to 10 (as before) at the start and then every " + PsfsService.EVERY_DAYS
                + " days."));
        List<PsfsActivityDetails> current = psfs.activities(clientId);
        for (int i = 0; i < PsfsService.MAX_ACTIVITIES; i++) {
            TextField f = new TextField("Activity " + (i + 1));
            f.setMaxLength(120);
            f.setWidthFull();
            if (i < current.size()) {
                f.setValue(current.get(i).description());
            }
            fields.add(f);
            add(f);
        }
        show(current);
        add(latest, new Button("Save activities", e -> {
            try {
                show(psfs.setActivities(clientId, fields.stream().map(TextField::getValue).toList()));
                Notifications.success("Activities saved.");
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        }));
    }

    private void show(List<PsfsActivityDetails> activities) {
        List<String> scores = activities.stream().filter(a -> a.latest() != null)
                .map(a -> a.description() + ": " + a.latest().score() + "/10 on " + Dates.date(a.latest().date()))
                .toList();
        latest.setText(scores.isEmpty() ? "No ratings yet." : "Latest ratings: " + String.join("; ", scores) + ".");
    }
}
