package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

class DeloadPlanTest {

    /** 3 Mar 2025 to 25 May 2025. */
    private static final ProgramCalendar TWELVE_WEEKS =
            new ProgramCalendar(LocalDate.of(2025, 3, 3), 12, new Schedule(EnumSet.of(MONDAY), 1));

    @Test
    void overlapping_periods_are_named_with_their_dates() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(7, 3, 13, 3), period(3, 3, 9, 3))))
                .containsExactly("Deload periods overlap: 3 Mar–9 Mar and 7 Mar–13 Mar.");
    }

    @Test
    void back_to_back_periods_do_not_overlap() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(3, 3, 9, 3), period(10, 3, 16, 3)))).isEmpty();
    }

    @Test
    void each_overlapping_pair_is_named_once() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(3, 3, 20, 3), period(7, 3, 13, 3), period(17, 3, 23, 3))))
                .containsExactly(
                        "Deload periods overlap: 3 Mar–20 Mar and 7 Mar–13 Mar.",
                        "Deload periods overlap: 3 Mar–20 Mar and 17 Mar–23 Mar.");
    }

    @Test
    void periods_reaching_outside_the_program_are_named_with_years() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(24, 2, 2, 3), period(19, 5, 1, 6)))).containsExactly(
                "Deload period 24 Feb 2025–2 Mar 2025 is outside the program (3 Mar 2025–25 May 2025).",
                "Deload period 19 May 2025–1 Jun 2025 is outside the program (3 Mar 2025–25 May 2025).");
    }

    @Test
    void a_period_ending_before_it_starts_is_named_and_overlaps_nothing() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(9, 3, 3, 3), period(4, 3, 6, 3))))
                .containsExactly("Deload period 9 Mar–3 Mar ends before it starts.");
    }

    @Test
    void a_period_covering_the_first_and_last_day_is_inside() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, List.of(period(3, 3, 25, 5)))).isEmpty();
    }

    @Test
    void generated_deloads_have_no_problems() {
        assertThat(DeloadPlan.problems(TWELVE_WEEKS, DeloadRule.standard().generate(TWELVE_WEEKS))).isEmpty();
    }

    private static DeloadPeriod period(int startDay, int startMonth, int endDay, int endMonth) {
        return new DeloadPeriod(LocalDate.of(2025, startMonth, startDay), LocalDate.of(2025, endMonth, endDay), 60,
                DeloadReason.TRAVEL);
    }
}
