package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static app.keel.program.dosage.Doses.ENGINE;
import static app.keel.program.dosage.Doses.YEAR;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgressionGateTest {

    private static final ProgressionGate STANDARD = ProgressionGate.standard();
    private static final FixedOutcomes GOOD_WEEK_ONE = FixedOutcomes.empty().withAdherence(1, 100);

    @Test
    void the_standard_gate_is_seventy_percent_and_two_pain_points() {
        assertThat(STANDARD).isEqualTo(new ProgressionGate(70, 2));
    }

    @Test
    void adherence_below_the_threshold_blocks_progression() {
        FixedOutcomes steadyPain = FixedOutcomes.empty().withPain(0, 2.0);
        assertThat(STANDARD.allowsProgressionInto(1, steadyPain.withAdherence(0, 69.9))).isFalse();
        assertThat(STANDARD.allowsProgressionInto(1, steadyPain.withAdherence(0, 70))).isTrue();
        assertThat(STANDARD.allowsProgressionInto(1, steadyPain.withAdherence(0, 7.0 / 10 * 100))).isTrue();
    }

    @Test
    void missing_adherence_blocks_progression_because_nothing_shows_the_work_was_done() {
        assertThat(STANDARD.allowsProgressionInto(1, WeeklyOutcomes.NONE)).isFalse();
        assertThat(STANDARD.allowsProgressionInto(2, FixedOutcomes.empty().withAdherence(0, 100))).isFalse();
    }

    @Test
    void a_pain_rise_of_exactly_two_points_blocks_progression() {
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(0, 3.0).withPain(1, 5.0))).isFalse();
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(0, 0.3).withPain(1, 2.3)))
                .as("2.3 - 0.3 is 1.9999999999999998 in doubles").isFalse();
    }

    @Test
    void a_pain_rise_below_two_points_and_below_thirty_percent_does_not_block() {
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(0, 5.0).withPain(1, 6.4)))
                .as("1.4 points is 28 %").isTrue();
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(0, 6.0).withPain(1, 2.0)))
                .as("pain going down").isTrue();
    }

    @Test
    void without_a_score_two_weeks_back_last_weeks_score_lets_the_client_progress() {
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(1, 9.0))).as("no score two weeks back").isTrue();
        assertThat(STANDARD.allowsProgressionInto(1, FixedOutcomes.empty().withAdherence(0, 90).withPain(0, 9.0)))
                .as("into week 1 there is no week before the first").isTrue();
    }

    @Test
    void a_week_without_check_ins_holds_progression() {
        assertThat(STANDARD.allowsProgressionInto(2, GOOD_WEEK_ONE.withPain(0, 1.0))).as("no score last week").isFalse();
        assertThat(STANDARD.allowsProgressionInto(1, FixedOutcomes.empty().withAdherence(0, 100))).isFalse();
    }

    @Test
    void the_gate_off_lets_every_week_progress_without_data() {
        assertThat(ProgressionGate.OFF.allowsProgressionInto(1, WeeklyOutcomes.NONE)).isTrue();
        assertThat(ProgressionGate.OFF.allowsProgressionInto(2, FixedOutcomes.empty().withAdherence(1, 0)
                .withPain(0, 0).withPain(1, 10))).isTrue();
    }

    @Test
    void a_gate_on_pain_alone_needs_no_adherence_data() {
        ProgressionGate painOnly = new ProgressionGate(ProgressionGate.ADHERENCE_NOT_CHECKED, 2);
        assertThat(painOnly.allowsProgressionInto(2, FixedOutcomes.empty().withPain(0, 3).withPain(1, 3))).isTrue();
        assertThat(painOnly.allowsProgressionInto(2, FixedOutcomes.empty())).as("no pain data holds").isFalse();
        assertThat(painOnly.allowsProgressionInto(2, FixedOutcomes.empty().withPain(0, 3).withPain(1, 5))).isFalse();
    }

    @Test
    void a_gate_rejects_thresholds_outside_their_ranges() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgressionGate(101, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgressionGate(70, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgressionGate(70, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.allowsProgressionInto(0, WeeklyOutcomes.NONE));
    }

    @Test
    void a_blocked_week_is_not_a_progression_step() {
        FixedOutcomes outcomes = FixedOutcomes.empty();
        for (int week = 0; week < 7; week++) {
            outcomes = outcomes.withAdherence(week, week == 2 ? 50 : 80);
        }
        // Week 3: adherence of week 2 too low. Week 5: pain of week 4 up by 2. Week 6: pain of week 5 back down.
        for (int week = 0; week < 7; week++) {
            outcomes = outcomes.withPain(week, week == 4 ? 4.0 : 2.0);
        }
        FixedOutcomes finalOutcomes = outcomes;
        List<Integer> steps = IntStream.range(0, 8)
                .mapToObj(week -> ENGINE.doseForWeek(week, YEAR, setsRepsLoad(3, 10, "20"), ProgressionRule.NONE,
                        STANDARD, finalOutcomes, List.of()).progressionSteps())
                .toList();
        assertThat(steps).containsExactly(0, 1, 2, 2, 3, 3, 4, 5);
    }
}
