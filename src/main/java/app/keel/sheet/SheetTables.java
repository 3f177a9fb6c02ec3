package app.keel.sheet;

import app.keel.program.DeloadRow;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionRow;
import org.w3c.dom.Element;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The two week-by-week parts of a sheet: the dose table (the engine's numbers, easier weeks shaded and labelled)
 * and a tick grid per week (days × items) to fill in by hand.
 */
final class SheetTables {

    // Four weeks side by side fit a portrait page with readable doses, and line up with "every 4th week" deloads.
    static final int WEEKS_PER_TABLE = 4;

    private final Dom dom;
    private final SheetContent c;

    SheetTables(Dom dom, SheetContent content) {
        this.dom = dom;
        this.c = content;
    }

    void appendTo(Element body) {
        body.appendChild(doseTables());
        body.appendChild(tickGrids());
    }

    private Element doseTables() {
        Element section = dom.el("div", "section break",
                dom.el("h2", null, "Week by week"),
                dom.el("p", "lead", "Your amounts for each week as planned on the day this sheet was printed. "
                        + "Shaded weeks are planned easier weeks: their amounts are already reduced. If the app "
                        + "shows other numbers later, follow the app: it knows how your last weeks went."));
        List<WeekPlanTable.Week> weeks = c.weeks();
        for (int from = 0; from < weeks.size(); from += WEEKS_PER_TABLE) {
            section.appendChild(doseTable(weeks.subList(from, Math.min(from + WEEKS_PER_TABLE, weeks.size())), from));
        }
        return section;
    }

    private Element doseTable(List<WeekPlanTable.Week> weeks, int firstIndex) {
        Element head = dom.el("tr", null, dom.el("th", "name", "Exercise"));
        for (WeekPlanTable.Week week : weeks) {
            Element th = dom.el("th", week.deload() ? "deload" : null,
                    "Week " + week.number(), dom.el("div", "sub", "from " + c.shortDate(week.start())));
            if (week.deload()) {
                th.appendChild(dom.el("div", "deload-label", deloadLabel(week)));
            }
            head.appendChild(th);
        }
        for (int pad = weeks.size(); pad < WEEKS_PER_TABLE; pad++) {
            head.appendChild(dom.el("th", "empty"));
        }
        Element table = dom.el("table", "doses", dom.el("thead", null, head));
        Element rows = dom.el("tbody", null);
        List<PrescriptionRow> items = c.items();
        for (int i = 0; i < items.size(); i++) {
            Element tr = dom.el("tr", null, dom.el("td", "name", items.get(i).exerciseName()));
            for (int w = 0; w < weeks.size(); w++) {
                tr.appendChild(dom.el("td", weeks.get(w).deload() ? "deload" : null, c.dose(i, firstIndex + w)));
            }
            for (int pad = weeks.size(); pad < WEEKS_PER_TABLE; pad++) {
                tr.appendChild(dom.el("td", "empty"));
            }
            rows.appendChild(tr);
        }
        table.appendChild(rows);
        return table;
    }

    /** "Easier week · 60 % · planned": how much and why, in words. */
    private String deloadLabel(WeekPlanTable.Week week) {
        return c.deloadIn(week).map(d -> "Easier week · " + d.volumePercent() + " % · " + reason(d))
                .orElse("Easier week");
    }

    static String reason(DeloadRow d) {
        return switch (d.reason()) {
            case PLANNED -> "planned";
            case TRAVEL -> "travel";
            case FLARE_UP -> "flare-up";
        };
    }

    private Element tickGrids() {
        Element section = dom.el("div", "section break",
                dom.el("h2", null, "Tick sheet"),
                dom.el("p", "lead", "Tick a box when you have done an item. A slash means you did part of it. "
                        + "Bring this sheet to your next visit, or log it in the app."));
        // Columns in the order the days come in a program week, which starts on the program's first day.
        int first = c.program().startDate().getDayOfWeek().getValue();
        List<DayOfWeek> days = c.program().days().stream()
                .sorted(Comparator.comparingInt(d -> Math.floorMod(d.getValue() - first, 7))).toList();
        for (WeekPlanTable.Week week : c.weeks()) {
            section.appendChild(tickGrid(week, days));
        }
        return section;
    }

    private Element tickGrid(WeekPlanTable.Week week, List<DayOfWeek> days) {
        int sessions = c.program().sessionsPerDay();
        LocalDate end = week.start().plusDays(6);
        Element title = dom.el("h3", null, "Week " + week.number() + " · " + c.shortDate(week.start()) + " to "
                + c.shortDate(end), week.deload() ? dom.el("span", "deload-tag", " " + deloadLabel(week)) : null);
        Element head = dom.el("tr", null, dom.el("th", "name", "Item and amount this week"));
        for (DayOfWeek day : days) {
            LocalDate date = dateIn(week.start(), day);
            Element th = dom.el("th", "day", SheetDocument.dayName(day, c), dom.el("div", "sub",
                    c.shortDate(date)));
            if (sessions > 1) {
                th.setAttribute("colspan", String.valueOf(sessions));
            }
            head.appendChild(th);
        }
        Element table = dom.el("table", week.deload() ? "ticks deload-week" : "ticks", dom.el("thead", null, head));
        Element rows = dom.el("tbody", null);
        List<PrescriptionRow> items = c.items();
        int index = week.number() - 1;
        for (int i = 0; i < items.size(); i++) {
            Element tr = dom.el("tr", null, dom.el("td", "name", items.get(i).exerciseName(),
                    dom.el("div", "sub", c.dose(i, index))));
            for (int d = 0; d < days.size() * sessions; d++) {
                // A ballot-box glyph rather than a styled box: one glyph per cell keeps long programs fast to lay out.
                tr.appendChild(dom.el("td", "box", "\u2610"));
            }
            rows.appendChild(tr);
        }
        table.appendChild(rows);
        return dom.el("div", "week", title, table);
    }

    /** The date of a weekday within a program week that starts on any weekday. */
    private static LocalDate dateIn(LocalDate weekStart, DayOfWeek day) {
        int offset = Math.floorMod(day.getValue() - weekStart.getDayOfWeek().getValue(), 7);
        return weekStart.plusDays(offset);
    }
}
