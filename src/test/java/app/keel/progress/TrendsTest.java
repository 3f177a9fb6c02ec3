package app.keel.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void the_rolling_mean_uses_only_days_with_a_value_and_is_empty_before_the_first() {
        List<Double> means = Trends.rollingMean(Arrays.asList(null, 4, null, 6, 8, 2, 2, 2, 2, 2), 7);
        assertThat(means.get(0)).isNull();
        assertThat(means.get(1)).isEqualTo(4.0);
        assertThat(means.get(3)).isEqualTo(5.0);
        assertThat(means.get(6)).isEqualTo(22.0 / 5);
        assertThat(means.get(7)).isEqualTo(24.0 / 6);
        assertThat(means.get(8)).isEqualTo(22.0 / 6); // the 4 has left the 7-day window
        assertThat(means.get(9)).isEqualTo(24.0 / 7);
    }

    @Test
    void the_sentence_says_how_far_pain_settled_since_the_first_week_in_whole_points() {
        List<DayPoint> days = painDays(28, ago -> ago >= 21 ? 6 : ago < 7 ? 4 : 5);
        assertThat(Trends.painSentence(days, MONDAY.plusDays(27)))
                .isEqualTo("Your pain has settled by 2 points since you started.");
    }

    @Test
    void one_point_is_singular_and_a_rise_is_said_plainly() {
        assertThat(Trends.painSentence(painDays(28, ago -> ago >= 21 ? 3 : 4), MONDAY.plusDays(27)))
                .isEqualTo("Your pain is 1 point higher than when you started. If that worries you, tell your "
                        + "practitioner.");
    }

    @Test
    void less_than_half_a_point_is_about_the_same() {
        assertThat(Trends.painSentence(painDays(28, ago -> ago == 0 ? 5 : 4), MONDAY.plusDays(27)))
                .isEqualTo("Your pain is about where it was when you started.");
    }

    @Test
    void no_claim_without_check_ins_or_before_a_second_week() {
        assertThat(Trends.painSentence(painDays(28, ago -> null), MONDAY.plusDays(27)))
                .startsWith("Check in each day");
        assertThat(Trends.painSentence(painDays(10, ago -> 3), MONDAY.plusDays(9))).startsWith("Keep checking in");
    }

    @Test
    void weeks_tell_not_doing_it_from_doing_it_and_not_responding() {
        List<DayPoint> days = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            int week = i / 7;
            // Week 0: all done, pain 5. Week 1: all done, pain 3 (responding). Week 2: 2 of 7 done (not doing it).
            // Week 3: all done, pain up to 4 (doing it, not responding).
            int done = week == 2 ? (i % 3 == 0 ? 1 : 0) : 1;
            int pain = switch (week) {
                case 0 -> 5;
                case 1 -> 3;
                case 2 -> 3;
                default -> 4;
            };
            days.add(new DayPoint(MONDAY.plusDays(i), 1, done, 0, 0, null, pain, null, null, null, null, null,
                    false));
        }
        List<WeekOutcome> weeks = Trends.adherenceAndOutcome(days);
        assertThat(weeks).extracting(WeekOutcome::verdict).containsExactly(WeekOutcome.Verdict.TOO_EARLY,
                WeekOutcome.Verdict.RESPONDING, WeekOutcome.Verdict.NOT_DOING_IT,
                WeekOutcome.Verdict.NOT_RESPONDING);
        assertThat(weeks.get(1).painChange()).isEqualTo(-2.0);
        assertThat(weeks.get(2).adherence()).isCloseTo(100.0 * 2 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(weeks.get(3).painChange()).isEqualTo(1.0);
    }

    @Test
    void a_week_with_nothing_scheduled_has_no_adherence_and_says_so() {
        List<DayPoint> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new DayPoint(MONDAY.plusDays(i), 0, 0, 0, 0, null, 3, null, null, null, null, null, false));
        }
        assertThat(Trends.adherenceAndOutcome(days)).singleElement().satisfies(w -> {
            assertThat(w.adherence()).isNull();
            assertThat(w.verdict()).isEqualTo(WeekOutcome.Verdict.NOTHING_SCHEDULED);
        });
    }

    /** {@code n} days from MONDAY; {@code pain} gets how many days before the last one each day is. */
    private static List<DayPoint> painDays(int n, java.util.function.IntFunction<Integer> pain) {
        List<DayPoint> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(new DayPoint(MONDAY.plusDays(i), 1, 1, 0, 0, null, pain.apply(n - 1 - i), null, null, null,
                    null, null, false));
        }
        return days;
    }
}
