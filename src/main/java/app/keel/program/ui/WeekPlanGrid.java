package app.keel.program.ui;

import app.keel.program.plan.WeekPlanTable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Weeks as columns, items as rows: the dose the client gets each week. Deload weeks carry a marked header. */
class WeekPlanGrid extends Grid<WeekPlanTable.Item> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private final List<WeekPlanTable.Week> weeks;

    WeekPlanGrid(WeekPlanTable plan) {
        weeks = plan.weeks();
        addColumn(WeekPlanTable.Item::exercise).setHeader("Exercise").setFrozen(true).setAutoWidth(true);
        for (WeekPlanTable.Week week : plan.weeks()) {
            int index = week.number() - 1;
            String header = "Week " + week.number() + " · " + DAY.format(week.start())
                    + (week.deload() ? " · deload" : "");
            var column = addColumn(item -> item.doses().get(index)).setHeader(header).setAutoWidth(true)
                    .setKey("week-" + week.number());
            if (week.deload()) {
                column.setPartNameGenerator(item -> "deload-week");
            }
        }
        addThemeVariants(GridVariant.ROW_STRIPES);
        setItems(plan.items());
        setAllRowsVisible(true);
        setEmptyStateText("Add exercises to see the week plan.");
    }

    /** Shows a new plan in these columns; false when its weeks differ (then a new grid is needed). */
    boolean update(WeekPlanTable plan) {
        if (!plan.weeks().equals(weeks)) {
            return false;
        }
        setItems(plan.items());
        return true;
    }
}
