package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.keel.program.dosage.Doses.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/** The gate's evidence rules (docs/clinical-rules.md): baseline, relative rise, ceiling, flare-ups. */
class EvidenceGateTest {

    private static final ProgressionGate GATE = ProgressionGate.standard();

    /** Full adherence every week and the given average worst pain per week from week 0. */
    private static FixedOutcomes pains(double... weekly) {
        FixedOutcomes outcomes = FixedOutcomes.empty();
        for (int week = 0; week < weekly.length; week++) {
            outcomes = outcomes.withAdherence(week, 100).withPain(week, weekly[week]);
        }
        return outcomes;
    }

    @Test
    void the_baseline_is_the_mean_of_the_last_two_earlier_weeks_with_a_score() {
        assertThat(ProgressionGate.baseline(3, pains(1, 2, 4, 9), w -> false)).hasValue(3.0);
        assertThat(ProgressionGate.baseline(3, pains(1, 2, 4, 9), w -> w == 2)).hasValue(1.5);
        assertThat(ProgressionGate.baseline(1, pains(1, 9), w -> w == 0)).isEmpty();
    }

    @Test
    void a_deload_weeks_low_pain_is_left_out_of_the_baseline() {
        // Week 2 was a deload week at pain 1; against it, 3.5 in week 3 would look like a rise of 2.5.
        FixedOutcomes outcomes = pains(3, 3, 1, 3.5);
        assertThat(GATE.allowsProgressionInto(4, outcomes, w -> false)).as("deload counted").isFalse();
        assertThat(GATE.allowsProgressionInto(4, outcomes, w -> w == 2)).as("baseline weeks 0 and 1").isTrue();
    }

    @Test
    void a_rise_of_thirty_percent_blocks_even_below_two_points() {
        assertThat(GATE.allowsProgressionInto(3, pains(4, 4, 5.2))).as("1.2 points is 30 %").isFalse();
        assertThat(GATE.allowsProgressionInto(3, pains(4, 4, 5.1))).as("1.1 points is 27.5 %").isTrue();
    }

    @Test
    void a_relative_rise_counts_only_from_half_a_point() {
        assertThat(GATE.allowsProgressionInto(3, pains(1, 1, 1.4))).as("0.4 points, 40 %").isTrue();
        assertThat(GATE.allowsProgressionInto(3, pains(0, 0, 0.5))).as("half a point from nothing").isFalse();
    }

    @Test
    void slow_pain_creep_is_caught_against_the_two_week_baseline() {
        // Half a point a week never rises 2 points week on week, but 0.75 over a baseline of 2.25 is 33 %.
        FixedOutcomes creep = pains(2, 2.5, 3);
        assertThat(GATE.allowsProgressionInto(3, creep)).isFalse();
        assertThat(GATE.allowsProgressionInto(2, creep)).as("2 to 2.5 is 25 % and half a point").isTrue();
    }

    @Test
    void a_sustained_rise_keeps_holding_until_pain_comes_back_down() {
        FixedOutcomes outcomes = pains(2, 2, 4, 4, 4, 2);
        assertThat(GATE.allowsProgressionInto(3, outcomes)).as("4 against 2").isFalse();
        assertThat(GATE.allowsProgressionInto(4, outcomes)).as("4 against (4 + 2) / 2 = 3").isFalse();
        assertThat(GATE.allowsProgressionInto(5, outcomes)).as("4 against 4: the new level, no rise").isTrue();
        assertThat(GATE.allowsProgressionInto(6, outcomes)).as("back down to 2").isTrue();
    }

    @Test
    void pain_above_five_that_had_not_settled_by_the_next_morning_blocks() {
        assertThat(GATE.allowsProgressionInto(2, pains(3, 3).withPainAboveCeiling(1))).isFalse();
        assertThat(GATE.allowsProgressionInto(2, pains(3, 3).withPainAboveCeiling(0))).as("two weeks ago").isTrue();
    }

    @Test
    void a_reported_flare_up_blocks_the_next_step() {
        assertThat(GATE.allowsProgressionInto(2, pains(3, 3).withFlareUp(1))).isFalse();
    }

    @Test
    void flare_ups_and_the_ceiling_are_not_read_when_pain_is_not_checked() {
        ProgressionGate adherenceOnly = new ProgressionGate(70, ProgressionGate.PAIN_NOT_CHECKED);
        assertThat(adherenceOnly.allowsProgressionInto(2, pains(3, 3).withFlareUp(1).withPainAboveCeiling(1)))
                .isTrue();
    }

    @Test
    void high_pain_settles_when_the_next_mornings_pain_is_back_at_five_or_below() {
        LocalDate monday = YEAR.start();
        var day = new PainMonitoring.DayPain(monday, 2, 7, false);
        assertThat(PainMonitoring.unsettled(day, new PainMonitoring.DayPain(monday.plusDays(1), 5, 6, false)))
                .isFalse();
        assertThat(PainMonitoring.unsettled(day, new PainMonitoring.DayPain(monday.plusDays(1), 6, 6, false)))
                .isTrue();
        assertThat(PainMonitoring.unsettled(day, null)).as("no check-in the next morning").isTrue();
        assertThat(PainMonitoring.unsettled(new PainMonitoring.DayPain(monday, 2, 5, false), null))
                .as("five is acceptable").isFalse();
    }

    @Test
    void daily_check_ins_become_weekly_averages_flare_ups_and_unsettled_weeks() {
        LocalDate start = YEAR.start();
        FixedOutcomes weekly = PainMonitoring.weekly(YEAR, List.of(
                new PainMonitoring.DayPain(start, 2, 4, false),
                new PainMonitoring.DayPain(start.plusDays(1), 2, 2, false),
                new PainMonitoring.DayPain(start.plusDays(6), 3, 8, false),
                new PainMonitoring.DayPain(start.plusDays(7), 7, 7, true),
                new PainMonitoring.DayPain(start.plusDays(8), 3, 3, false)), java.util.Map.of(0, 90.0));
        assertThat(weekly.averagePain(0)).hasValue(14.0 / 3);
        assertThat(weekly.painAboveCeiling(0)).as("Sunday's 8 still 7 on Monday morning").isTrue();
        assertThat(weekly.painAboveCeiling(1)).as("Monday's 7 settled to 3 by Tuesday").isFalse();
        assertThat(weekly.flareUpReported(1)).isTrue();
        assertThat(weekly.flareUpReported(0)).isFalse();
        assertThat(weekly.adherencePercent(0)).hasValue(90.0);
    }
}
