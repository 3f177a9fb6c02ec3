package app.keel.logbook;

import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.adherence.DayTally;
import app.keel.logbook.adherence.ScheduledProgram;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.Schedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AdherenceTest {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);
    static final Schedule EVERY_DAY = new Schedule(EnumSet.allOf(DayOfWeek.class), 1);
    static final Schedule MON_WED_FRI = new Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY), 1);

    @Test
    void a_done_item_counts_fully_and_a_partly_done_item_counts_half() {
        assertThat(Adherence.percent(4, 4, 0)).hasValue(100.0);
        assertThat(Adherence.percent(4, 2, 0)).hasValue(50.0);
        assertThat(Adherence.percent(4, 0, 2)).hasValue(25.0);
        assertThat(Adherence.percent(4, 1, 1)).hasValue(37.5);
        assertThat(Adherence.percent(4, 0, 0)).hasValue(0.0);
        assertThat(Adherence.percent(new DayTally(MONDAY, 2, 1, 1, 0))).hasValue(75.0);
    }

    @Test
    void skipped_items_count_nothing() {
        assertThat(Adherence.percent(new DayTally(MONDAY, 3, 1, 0, 2))).hasValue(100.0 / 3);
    }

    @Test
    void nothing_scheduled_gives_no_figure_at_all() {
        assertThat(Adherence.percent(0, 0, 0)).isEmpty();
        assertThat(Adherence.percent(0, 2, 1)).isEmpty();
        assertThat(Adherence.percent(List.of())).isEmpty();
        assertThat(Adherence.percent(List.of(new DayTally(MONDAY, 0, 0, 0, 0),
                new DayTally(MONDAY.plusDays(1), 0, 1, 0, 0)))).isEmpty();
        assertThat(Adherence.byWeek(List.of(new DayTally(MONDAY, 0, 0, 0, 0)))).isEmpty();
    }

    @Test
    void more_logged_than_scheduled_is_capped_at_100() {
        assertThat(Adherence.percent(2, 3, 0)).hasValue(100.0);
        assertThat(Adherence.percent(2, 2, 2)).hasValue(100.0);
        // Over several days, an over-logged day does not make up for a missed one.
        assertThat(Adherence.percent(List.of(new DayTally(MONDAY, 1, 3, 0, 0),
                new DayTally(MONDAY.plusDays(1), 1, 0, 0, 0)))).hasValue(50.0);
        assertThat(Adherence.percent(List.of(new DayTally(MONDAY, 2, 1, 4, 0)))).hasValue(75.0);
    }

    @Test
    void negative_counts_are_refused() {
        assertThatThrownBy(() -> Adherence.percent(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Adherence.percent(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayTally(MONDAY, 1, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void several_days_add_up_counts_rather_than_averaging_daily_percentages() {
        // 4 of 4 on a busy day and 0 of 1 on a light day: 80 %, not the 50 % a mean of days would give.
        assertThat(Adherence.percent(List.of(new DayTally(MONDAY, 4, 4, 0, 0),
                new DayTally(MONDAY.plusDays(1), 1, 0, 0, 0)))).hasValue(80.0);
    }

    @Test
    void the_last_7_and_28_days_count_only_the_days_inside_each_window() {
        LocalDate today = MONDAY.plusDays(27);
        List<DayTally> month = new ArrayList<>();
        for (LocalDate d = MONDAY; !d.isAfter(today); d = d.plusDays(1)) {
            boolean lastWeek = d.isAfter(today.minusDays(7));
            // 2 items a day: the last 7 days all done; the 21 days before only one item partly done.
            month.add(lastWeek ? new DayTally(d, 2, 2, 0, 0) : new DayTally(d, 2, 0, 1, 1));
        }
        month.add(new DayTally(MONDAY.minusDays(1), 2, 0, 0, 0));
        month.add(new DayTally(today.plusDays(1), 2, 0, 0, 0));

        assertThat(Adherence.overDays(month, today, 7)).hasValue(100.0);
        // 28 days × 2 = 56 scheduled; 14 done + 21 × ½ = 24.5 credits.
        assertThat(Adherence.overDays(month, today, 28).getAsDouble()).isCloseTo(100.0 * 24.5 / 56, within(1e-9));
        assertThat(Adherence.overDays(month, today.plusDays(100), 7)).isEmpty();
    }

    @Test
    void by_week_is_keyed_by_the_monday_and_leaves_out_weeks_with_nothing_scheduled() {
        List<DayTally> days = List.of(
                new DayTally(THURSDAY, 2, 2, 0, 0),            // week of MONDAY
                new DayTally(MONDAY.plusDays(6), 2, 0, 2, 0),  // Sunday, still week of MONDAY
                new DayTally(MONDAY.plusDays(7), 2, 1, 0, 1),  // next Monday
                new DayTally(MONDAY.plusDays(14), 0, 0, 0, 0), // a rest week
                new DayTally(MONDAY.plusDays(22), 1, 1, 0, 0));
        Map<LocalDate, Double> weeks = Adherence.byWeek(days);
        assertThat(weeks).containsExactly(
                Map.entry(MONDAY, 75.0),
                Map.entry(MONDAY.plusDays(7), 50.0),
                Map.entry(MONDAY.plusDays(21), 100.0));
    }

    @Test
    void a_scheduled_program_counts_its_items_on_its_scheduled_days_only() {
        ScheduledProgram program = new ScheduledProgram(1, new ProgramCalendar(MONDAY, 2, MON_WED_FRI), 3);
        List<DayTally> tallies = ScheduledProgram.tallies(MONDAY, MONDAY.plusDays(6), List.of(program),
                Map.of(MONDAY, new int[] {3, 0, 0}, MONDAY.plusDays(2), new int[] {1, 1, 1}));
        assertThat(tallies).extracting(DayTally::scheduled).containsExactly(3, 0, 3, 0, 3, 0, 0);
        assertThat(tallies.get(2)).isEqualTo(new DayTally(MONDAY.plusDays(2), 3, 1, 1, 1));
        // 9 scheduled: 3 done + 1 done + 1 partly = 4.5 credits; the Friday is unlogged.
        assertThat(Adherence.percent(tallies)).hasValue(50.0);
    }

    @Test
    void two_programs_add_their_items_and_nothing_is_scheduled_outside_a_programs_weeks() {
        ScheduledProgram everyDay = new ScheduledProgram(1, new ProgramCalendar(MONDAY, 1, EVERY_DAY), 2);
        ScheduledProgram threeDays = new ScheduledProgram(2, new ProgramCalendar(MONDAY, 2, MON_WED_FRI), 1);
        assertThat(ScheduledProgram.scheduledOn(MONDAY, List.of(everyDay, threeDays))).isEqualTo(3);
        assertThat(ScheduledProgram.scheduledOn(MONDAY.plusDays(1), List.of(everyDay, threeDays))).isEqualTo(2);
        assertThat(ScheduledProgram.scheduledOn(MONDAY.plusDays(7), List.of(everyDay, threeDays))).isEqualTo(1);
        assertThat(ScheduledProgram.scheduledOn(MONDAY.plusDays(8), List.of(everyDay, threeDays))).isZero();
        assertThat(ScheduledProgram.scheduledOn(MONDAY.minusDays(1), List.of(everyDay, threeDays))).isZero();
        assertThat(ScheduledProgram.scheduledOn(MONDAY.plusDays(14), List.of(everyDay, threeDays))).isZero();
    }

    @Test
    void a_deload_week_still_schedules_every_item_because_a_deload_reduces_the_dose_not_the_items() {
        // Deload every 4th week: week 3 (0-based) of this program is lighter, but every item is still due daily.
        ProgramCalendar calendar = new ProgramCalendar(MONDAY, 4, EVERY_DAY);
        ScheduledProgram program = new ScheduledProgram(1, calendar, 2);
        LocalDate deloadWeek = calendar.weekStart(3);
        List<DayTally> tallies = ScheduledProgram.tallies(deloadWeek, deloadWeek.plusDays(6), List.of(program),
                Map.of(deloadWeek, new int[] {2, 0, 0}));
        assertThat(tallies).extracting(DayTally::scheduled).containsOnly(2);
        assertThat(Adherence.percent(tallies).getAsDouble()).isCloseTo(100.0 * 2 / 14, within(1e-9));
        assertThat(Adherence.byWeek(tallies)).containsOnlyKeys(deloadWeek);
    }

    @Test
    void a_paused_program_schedules_nothing_so_its_days_give_no_figure() {
        // A paused program is left out of the list of scheduled programs: nothing is expected while it is paused.
        List<ScheduledProgram> running = List.of();
        List<DayTally> tallies = ScheduledProgram.tallies(MONDAY, MONDAY.plusDays(6), running,
                Map.of(MONDAY, new int[] {1, 0, 0}));
        assertThat(tallies).hasSize(7).extracting(DayTally::scheduled).containsOnly(0);
        assertThat(Adherence.percent(tallies)).isEmpty();
        assertThat(Adherence.overDays(tallies, MONDAY.plusDays(6), 7)).isEmpty();
        assertThat(Adherence.byWeek(tallies)).isEmpty();
    }

    @Test
    void a_program_that_starts_on_a_thursday_counts_only_from_its_first_day() {
        ScheduledProgram program = new ScheduledProgram(1, new ProgramCalendar(THURSDAY, 2, EVERY_DAY), 2);
        Map<LocalDate, int[]> logged = Map.of(THURSDAY, new int[] {2, 0, 0}, THURSDAY.plusDays(1),
                new int[] {1, 1, 0}, MONDAY.plusDays(7), new int[] {2, 0, 0});
        List<DayTally> tallies = ScheduledProgram.tallies(MONDAY, MONDAY.plusDays(13), List.of(program), logged);

        assertThat(tallies).extracting(DayTally::scheduled)
                .containsExactly(0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        Map<LocalDate, Double> weeks = Adherence.byWeek(tallies);
        // Calendar week of MONDAY: Thursday to Sunday only, 8 items; 2 + 1 + ½ = 3.5 credits.
        assertThat(weeks.get(MONDAY)).isCloseTo(100.0 * 3.5 / 8, within(1e-9));
        // The next calendar week: 14 items, 2 done.
        assertThat(weeks.get(MONDAY.plusDays(7))).isCloseTo(100.0 * 2 / 14, within(1e-9));
        // The 7 days ending on the Sunday hold only the 4 program days, not 7 days of misses.
        OptionalDouble firstWeek = Adherence.overDays(tallies, MONDAY.plusDays(6), 7);
        assertThat(firstWeek.getAsDouble()).isCloseTo(43.75, within(1e-9));
    }
}
