package app.keel.progress.ui;

import app.keel.progress.ChartData;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.text.DecimalFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A chart and its "show as table" twin with the same numbers (for screen readers, printing and anyone who prefers
 * figures). Rows are the chart's labels; columns its series; the deload shading is a column too. The table is filled
 * when first opened.
 */
class ChartWithTable extends Div {

    final KeelChart chart;
    final NativeTable table = new NativeTable();
    final Details twin;

    /** Rows labelled with the studio's date format: the day, or the week's Monday. */
    ChartWithTable(ChartData data) {
        this(data, label -> (data.daily() ? "" : "Week of ")
                + app.keel.base.ui.Dates.date(java.time.LocalDate.parse(label)));
    }

    ChartWithTable(ChartData data, Function<String, String> labelText) {
        addClassName("keel-chart-card");
        add(new H3(data.title()));
        chart = new KeelChart(data);
        twin = new Details("Show as table", table);
        if (data.isEmpty()) {
            add(new Paragraph("Nothing logged in this period yet."));
        } else {
            add(chart);
        }
        table.setCaptionText(data.title());
        table.addClassName("keel-table");
        // The rows are made when the table is first opened: a closed twin shows (and reads out) nothing, and its
        // cells were most of a progress page's components, memory per session and bytes per page load.
        twin.addOpenedChangeListener(e -> {
            if (e.isOpened() && table.getBody().getRows().isEmpty()) {
                fill(data, labelText);
            }
        });
        add(twin);
    }

    private void fill(ChartData data, Function<String, String> labelText) {
        List<ChartData.Series> shown = data.series().stream().filter(ChartData.Series::inTable).toList();
        boolean daily = data.daily();
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(daily ? "Day" : "Week");
        shown.forEach(s -> head.addHeaderCell().setText(s.label()));
        if (data.hasShading()) {
            head.addHeaderCell().setText(data.shadeLabel());
        }
        DecimalFormat number = new DecimalFormat("0.#");
        for (int i = 0; i < data.labels().size(); i++) {
            String label = data.labels().get(i);
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(labelText.apply(label));
            for (ChartData.Series s : shown) {
                Double v = s.data().get(i);
                row.addDataCell().setText(v == null ? "–" : number.format(v));
            }
            if (data.hasShading()) {
                row.addDataCell().setText(data.isShaded(i) ? "yes" : "");
            }
        }
    }
}
