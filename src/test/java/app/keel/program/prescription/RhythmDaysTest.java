package app.keel.program.prescription;

import app.keel.exercise.ExerciseCategory;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.Schedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Daily-rhythm items keep their own days; training items keep the program's. */
class RhythmDaysTest {

    /** Two weeks from Monday 5 Jan 2026, training Monday and Thursday. */
    private static final ProgramCalendar CALENDAR = new ProgramCalendar(LocalDate.of(2026, 1, 5), 2,
            new Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 1));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 1, 6);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 8);

    @Test
    void a_rhythm_item_without_days_is_due_every_day_of_the_program_and_not_after_it() {
        assertThat(RhythmDays.dueOn(TUESDAY, CALENDAR, ExerciseCategory.REST, null)).isTrue();
        assertThat(RhythmDays.dueOn(TUESDAY, CALENDAR, ExerciseCategory.BREATH, "")).isTrue();
        assertThat(RhythmDays.dueOn(CALENDAR.end().plusDays(1), CALENDAR, ExerciseCategory.HABIT, null)).isFalse();
        assertThat(RhythmDays.dueOn(CALENDAR.start().minusDays(1), CALENDAR, ExerciseCategory.HABIT, null)).isFalse();
    }

    @Test
    void chosen_weekdays_are_the_only_days_and_training_items_keep_the_programs_days() {
        String tuesdays = RhythmDays.format(EnumSet.of(DayOfWeek.TUESDAY));
        assertThat(tuesdays).isEqualTo("TUESDAY");
        assertThat(RhythmDays.dueOn(TUESDAY, CALENDAR, ExerciseCategory.HABIT, tuesdays)).isTrue();
        assertThat(RhythmDays.dueOn(THURSDAY, CALENDAR, ExerciseCategory.HABIT, tuesdays)).isFalse();
        assertThat(RhythmDays.dueOn(TUESDAY, CALENDAR, ExerciseCategory.STABILITY, tuesdays)).isFalse();
        assertThat(RhythmDays.dueOn(THURSDAY, CALENDAR, ExerciseCategory.LOAD, null)).isTrue();
    }

    @Test
    void every_day_and_no_day_are_stored_alike_and_read_back_in_week_order() {
        assertThat(RhythmDays.format(EnumSet.allOf(DayOfWeek.class))).isNull();
        assertThat(RhythmDays.format(EnumSet.noneOf(DayOfWeek.class))).isNull();
        assertThat(RhythmDays.parse(RhythmDays.format(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))))
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
