package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramCalendarTest {

    private static final Schedule MON_WED_FRI = new Schedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), 1);
    private static final ProgramCalendar FOUR_WEEKS = new ProgramCalendar(LocalDate.of(2025, 3, 3), 4, MON_WED_FRI);

    @Test
    void the_program_ends_on_the_last_day_of_its_last_week() {
        assertThat(FOUR_WEEKS.end()).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(new ProgramCalendar(LocalDate.of(2024, 2, 26), 1, MON_WED_FRI).end())
                .as("a leap day is an ordinary day of the week").isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void weeks_count_from_the_start_date_and_stop_at_the_end() {
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 2))).isEmpty();
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 3))).hasValue(0);
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 9))).hasValue(0);
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 10))).hasValue(1);
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 30))).hasValue(3);
        assertThat(FOUR_WEEKS.weekOf(LocalDate.of(2025, 3, 31))).isEmpty();
    }

    @Test
    void a_program_starting_on_a_thursday_has_thursday_to_wednesday_weeks() {
        ProgramCalendar thursday = new ProgramCalendar(LocalDate.of(2025, 3, 6), 2, MON_WED_FRI);
        assertThat(thursday.weekOf(LocalDate.of(2025, 3, 12))).hasValue(0);
        assertThat(thursday.weekOf(LocalDate.of(2025, 3, 13))).hasValue(1);
        assertThat(thursday.weekStart(1)).isEqualTo(LocalDate.of(2025, 3, 13));
    }

    @Test
    void only_schedule_days_inside_the_program_are_scheduled() {
        assertThat(FOUR_WEEKS.isScheduled(LocalDate.of(2025, 3, 5))).as("Wednesday").isTrue();
        assertThat(FOUR_WEEKS.isScheduled(LocalDate.of(2025, 3, 4))).as("Tuesday").isFalse();
        assertThat(FOUR_WEEKS.isScheduled(LocalDate.of(2025, 3, 28))).as("last Friday").isTrue();
        assertThat(FOUR_WEEKS.isScheduled(LocalDate.of(2025, 3, 31))).as("Monday after the end").isFalse();
        assertThat(FOUR_WEEKS.isScheduled(LocalDate.of(2025, 2, 28))).as("Friday before the start").isFalse();
    }

    @Test
    void a_program_runs_one_to_fifty_two_weeks() {
        assertThat(new ProgramCalendar(LocalDate.of(2025, 1, 1), 52, MON_WED_FRI).end())
                .isEqualTo(LocalDate.of(2025, 12, 30));
        assertThatThrownBy(() -> new ProgramCalendar(LocalDate.of(2025, 1, 1), 0, MON_WED_FRI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgramCalendar(LocalDate.of(2025, 1, 1), 53, MON_WED_FRI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FOUR_WEEKS.weekStart(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_schedule_needs_a_day_and_one_to_six_sessions() {
        assertThatThrownBy(() -> new Schedule(Set.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(Set.of(MONDAY), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(Set.of(MONDAY), 7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Schedule(Set.of(MONDAY), 6).sessionsPerDay()).isEqualTo(6);
    }

    @Test
    void a_schedule_keeps_its_days_when_the_callers_set_changes_later() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        Schedule schedule = new Schedule(days, 1);
        days.add(FRIDAY);
        assertThat(schedule.days()).containsExactly(MONDAY);
        assertThatThrownBy(() -> schedule.days().add(FRIDAY)).isInstanceOf(UnsupportedOperationException.class);
    }
}
