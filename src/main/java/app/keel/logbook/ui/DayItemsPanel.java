package app.keel.logbook.ui;

import app.keel.base.DoseFormat;
import app.keel.logbook.ItemLogDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/** What a client logged for each item on one day, in words, under the day's row of the staff log grid. */
class DayItemsPanel extends Div {

    DayItemsPanel(List<ItemLogDetails> logs) {
        addClassName("keel-day-items");
        if (logs.isEmpty()) {
            add(new Paragraph("No exercise was logged on this day."));
            return;
        }
        UnorderedList list = new UnorderedList();
        logs.forEach(l -> list.add(new ListItem(describe(l))));
        add(list);
    }

    static String describe(ItemLogDetails l) {
        List<String> parts = new ArrayList<>();
        if (l.setsDone() != null) {
            parts.add(l.setsDone() + (l.setsDone() == 1 ? " set" : " sets"));
        }
        if (l.repsDone() != null) {
            parts.add(l.repsDone() + " reps");
        }
        if (l.holdSeconds() != null) {
            parts.add("hold " + l.holdSeconds() + " s");
        }
        if (l.loadKg() != null) {
            parts.add(DoseFormat.kg(l.loadKg()));
        }
        if (l.rpe() != null) {
            parts.add("effort " + l.rpe() + "/10");
        }
        if (l.formHeld() != null) {
            parts.add(l.formHeld() ? "form held" : "form slipped");
        }
        if (l.painDuring() != null) {
            parts.add("pain during " + l.painDuring() + "/10");
        }
        String details = parts.isEmpty() ? "" : ": " + String.join(", ", parts);
        String note = l.note() == null ? "" : ". Note: " + l.note();
        return l.exercise() + " — " + l.outcome().label().toLowerCase() + details + note;
    }
}
