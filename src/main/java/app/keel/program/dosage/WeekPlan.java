package app.keel.program.dosage;

import java.util.List;

/**
 * The week-by-week dosage table of a program, as the plan grid and the program sheet show it: {@code doses.get(week)}
 * holds one dose per plan item, in the order the items were given. {@code deloadWeeks} lists the 0-based deload weeks.
 */
public record WeekPlan(List<List<Dose>> doses, List<Integer> deloadWeeks) {

    public WeekPlan {
        doses = doses.stream().map(List::copyOf).toList();
        deloadWeeks = List.copyOf(deloadWeeks);
    }

    public int weeks() {
        return doses.size();
    }

    public Dose dose(int week, int item) {
        return doses.get(week).get(item);
    }

    public List<Dose> week(int week) {
        return doses.get(week);
    }

    public boolean isDeloadWeek(int week) {
        return deloadWeeks.contains(week);
    }
}
