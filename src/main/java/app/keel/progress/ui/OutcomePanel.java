package app.keel.progress.ui;

import app.keel.base.ui.Dates;
import app.keel.progress.WeekOutcome;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.Locale;

/**
 * Adherence × outcome, week by week: how much was done against how pain moved, so "not doing it" and "doing it and
 * not responding" read differently.
 */
class OutcomePanel extends Div {

    final NativeTable table = new NativeTable();

    OutcomePanel(List<WeekOutcome> weeks) {
        addClassName("keel-chart-card");
        add(new H3("Adherence and outcome"));
        Paragraph hint = new Paragraph("Each week's adherence against the change in average worst pain from the week "
                + "before. A drop of a point or more counts as responding.");
        hint.addClassName("keel-muted");
        table.setCaptionText("Adherence and outcome per week");
        table.addClassName("keel-table");
        table.setId("outcome-panel");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Week", "Adherence", "Average worst pain", "Change", "Reading")) {
            head.addHeaderCell().setText(h);
        }
        for (WeekOutcome w : weeks) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText("Week of " + Dates.date(w.monday()));
            row.addDataCell().setText(w.adherence() == null ? "–" : Math.round(w.adherence()) + " %");
            row.addDataCell().setText(w.meanWorstPain() == null ? "–" : one(w.meanWorstPain()));
            row.addDataCell().setText(w.painChange() == null ? "–"
                    : (w.painChange() > 0 ? "+" : "") + one(w.painChange()));
            row.addDataCell().setText(w.verdict().words());
        }
        add(hint, table);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
