package app.keel.program.dosage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks hand-edited deload periods and says what is wrong in words a practitioner can act on. The engine copes with
 * any set of periods (overlaps take the lowest volume), but an overlap or a period outside the program is almost
 * always a slip the practitioner wants to hear about.
 */
public final class DeloadPlan {

    // A program is at most 364 days, so day and month alone never repeat inside it.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    // Outside the program the year is what tells the practitioner how far off a period is.
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DeloadPlan() {
    }

    /** Plain-English problems, one sentence each: periods in date order, then overlapping pairs; empty when all is fine. */
    public static List<String> problems(ProgramCalendar calendar, List<DeloadPeriod> periods) {
        List<DeloadPeriod> sorted = periods.stream()
                .sorted(Comparator.comparing(DeloadPeriod::start).thenComparing(DeloadPeriod::end))
                .toList();
        List<String> problems = new ArrayList<>();
        for (DeloadPeriod period : sorted) {
            if (period.end().isBefore(period.start())) {
                problems.add("Deload period " + range(period, DAY) + " ends before it starts.");
            } else if (period.start().isBefore(calendar.start()) || period.end().isAfter(calendar.end())) {
                problems.add("Deload period " + range(period, DAY_AND_YEAR) + " is outside the program ("
                        + range(calendar.start(), calendar.end(), DAY_AND_YEAR) + ").");
            }
        }
        addOverlaps(sorted, problems);
        return List.copyOf(problems);
    }

    /** Each overlapping pair once, earlier period first. Reversed periods cover nothing, so they overlap nothing. */
    private static void addOverlaps(List<DeloadPeriod> sorted, List<String> problems) {
        for (int i = 0; i < sorted.size(); i++) {
            DeloadPeriod first = sorted.get(i);
            if (first.end().isBefore(first.start())) {
                continue;
            }
            for (int j = i + 1; j < sorted.size() && !sorted.get(j).start().isAfter(first.end()); j++) {
                DeloadPeriod second = sorted.get(j);
                if (!second.end().isBefore(second.start())) {
                    problems.add("Deload periods overlap: " + range(first, DAY) + " and " + range(second, DAY) + ".");
                }
            }
        }
    }

    private static String range(DeloadPeriod period, DateTimeFormatter format) {
        return range(period.start(), period.end(), format);
    }

    private static String range(LocalDate from, LocalDate to, DateTimeFormatter format) {
        return format.format(from) + "–" + format.format(to);
    }
}
