package app.keel.program.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The daily rhythm's order (the care model's first principle: the spine is a 24-hour system). Time anchors are free
 * text ("on waking", "after sitting", "bedtime"); known words put them in the order of a day, so the client's page
 * reads from waking to bed. Anchors Keel does not recognise sit in the middle of the day, in the program's order.
 */
public final class TimeOfDay {

    /** From the first minutes after waking to bedtime; the first matching word decides. */
    private static final List<List<String>> DAY = List.of(
            List.of("wak", "first thing", "get up", "getting up", "out of bed"),
            List.of("breakfast", "early morning"),
            List.of("mid-morning", "midmorning", "mid morning"),
            List.of("lunch", "midday", "noon"),
            List.of("afternoon"),
            List.of("after sitting", "sitting", "commute", "desk", "screen", "work", "through the day"),
            List.of("dinner", "evening"),
            List.of("bed", "night", "sleep"));
    private static final int UNKNOWN = 5;

    private TimeOfDay() {
    }

    /** The anchor's place in the day, 0 (waking) to 7 (bedtime); "morning" alone is early, "mid-morning" later. */
    public static int rank(String anchor) {
        if (anchor == null || anchor.isBlank()) {
            return Integer.MAX_VALUE;
        }
        String text = anchor.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAY.size(); i++) {
            if (DAY.get(i).stream().anyMatch(text::contains)) {
                return i;
            }
        }
        return text.contains("morning") ? 1 : UNKNOWN;
    }

    /** Orders anchors through the day; items without one ("any time today") come last. A stable sort keeps ties. */
    public static Comparator<String> order() {
        return Comparator.comparingInt(TimeOfDay::rank);
    }
}
