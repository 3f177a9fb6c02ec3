package app.keel.progress.ui;

import app.keel.progress.CaseloadRow;
import app.keel.progress.Flag;
import app.keel.progress.RaisedFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

/** The client's flags in full, each with "Mark as seen" while it counts towards the caseload's order. */
class FlagPanel extends Div {

    FlagPanel(CaseloadRow row, Consumer<Flag> acknowledge) {
        setId("flags");
        add(new H3("Flags"));
        if (row.flags().isEmpty()) {
            add(new Paragraph("Nothing needs attention."));
        }
        for (RaisedFlag f : row.flags()) {
            Div line = new Div(FlagBadges.badge(f), new Span(" " + f.explanation()));
            line.addClassName("keel-flag-line");
            if (!f.acknowledged()) {
                Button seen = new Button("Mark as seen", e -> acknowledge.accept(f.flag()));
                seen.addThemeVariants(ButtonVariant.TERTIARY);
                seen.setAriaLabel("Mark " + f.flag().label() + " as seen");
                line.add(seen);
            }
            add(line);
        }
    }
}
