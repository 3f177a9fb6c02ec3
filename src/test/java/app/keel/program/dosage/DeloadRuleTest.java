package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeloadRuleTest {

    private static final Schedule MONDAYS = new Schedule(EnumSet.of(MONDAY), 1);

    @Test
    void every_fourth_week_is_a_deload_at_sixty_percent() {
        ProgramCalendar twelveWeeks = new ProgramCalendar(LocalDate.of(2025, 3, 3), 12, MONDAYS);
        assertThat(DeloadRule.standard().generate(twelveWeeks)).containsExactly(
                new DeloadPeriod(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 30), 60, DeloadReason.PLANNED),
                new DeloadPeriod(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 4, 27), 60, DeloadReason.PLANNED),
                new DeloadPeriod(LocalDate.of(2025, 5, 19), LocalDate.of(2025, 5, 25), 60, DeloadReason.PLANNED));
    }

    @Test
    void only_whole_weeks_inside_the_program_are_generated() {
        ProgramCalendar tenWeeks = new ProgramCalendar(LocalDate.of(2025, 3, 3), 10, MONDAYS);
        assertThat(DeloadRule.standard().generate(tenWeeks)).extracting(DeloadPeriod::start)
                .containsExactly(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 4, 21));
        assertThat(DeloadRule.standard().generate(new ProgramCalendar(LocalDate.of(2025, 3, 3), 3, MONDAYS))).isEmpty();
    }

    @Test
    void generated_weeks_follow_the_program_start_not_mondays() {
        ProgramCalendar fromThursday = new ProgramCalendar(LocalDate.of(2025, 3, 6), 4, MONDAYS);
        assertThat(new DeloadRule(2, 50).generate(fromThursday)).containsExactly(
                new DeloadPeriod(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 19), 50, DeloadReason.PLANNED),
                new DeloadPeriod(LocalDate.of(2025, 3, 27), LocalDate.of(2025, 4, 2), 50, DeloadReason.PLANNED));
    }

    @Test
    void a_rule_needs_at_least_two_weeks_and_ten_to_a_hundred_percent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeloadRule(1, 60));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeloadRule(4, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeloadRule(4, 101));
    }
}
