package app.keel.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadFlagsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 12); // a Thursday

    /** A client logging every day, 70 of 70 items done, pain flat at 3, nothing due. */
    static Facts calm() {
        return new Facts();
    }

    static final class Facts {
        LocalDate runningSince = TODAY.minusWeeks(6);
        LocalDate lastLog = TODAY;
        int scheduled = 70;
        int done = 70;
        int partly = 0;
        int painSum = 21;
        int painCount = 7;
        int painSumBefore = 21;
        int painCountBefore = 7;
        LocalDate flare;
        LocalDate deload;
        int psfsActivities;
        LocalDate psfsOldest;
        boolean deloadBefore;

        ClientFacts facts() {
            return new ClientFacts(TODAY, runningSince, lastLog, scheduled, done, partly, painSum, painCount,
                    painSumBefore, painCountBefore, flare, deload, deload == null ? null : 60, psfsActivities,
                    psfsOldest, deloadBefore);
        }

        List<Flag> flags() {
            return CaseloadFlags.raised(facts()).stream().map(RaisedFlag::flag).toList();
        }
    }

    @Test
    void a_calm_client_raises_no_flag() {
        assertThat(calm().flags()).isEmpty();
    }

    @Test
    void pain_up_by_exactly_two_points_is_flagged() {
        Facts f = calm();
        f.painSum = 35; // average 5 against 3
        assertThat(f.flags()).containsExactly(Flag.PAIN_UP);
        assertThat(CaseloadFlags.raised(f.facts()).getFirst().explanation())
                .contains("averaged 5.0", "up 2.0 from 3.0");
    }

    @Test
    void pain_up_by_just_under_two_points_is_not_flagged() {
        Facts f = calm();
        f.painSum = 34; // average 4.86 against 3
        assertThat(f.flags()).doesNotContain(Flag.PAIN_UP);
    }

    @Test
    void pain_up_compares_uneven_numbers_of_check_ins_exactly() {
        Facts f = calm();
        f.painSum = 10;
        f.painCount = 2; // average 5
        f.painSumBefore = 9;
        f.painCountBefore = 3; // average 3: exactly 2 points
        assertThat(f.flags()).contains(Flag.PAIN_UP);
    }

    @Test
    void a_client_without_check_ins_raises_no_pain_flag_and_has_no_trend() {
        Facts f = calm();
        f.painSum = 0;
        f.painCount = 0;
        f.painSumBefore = 0;
        f.painCountBefore = 0;
        assertThat(f.flags()).isEmpty();
        assertThat(PainTrend.of(f.facts())).isEqualTo(PainTrend.UNKNOWN);
    }

    @Test
    void without_check_ins_in_the_week_before_there_is_nothing_to_compare() {
        Facts f = calm();
        f.painSum = 63;
        f.painSumBefore = 0;
        f.painCountBefore = 0;
        assertThat(f.flags()).doesNotContain(Flag.PAIN_UP);
    }

    @Test
    void a_deload_week_as_the_comparison_week_still_flags_a_rise_and_says_so() {
        Facts f = calm();
        f.painSum = 35;
        f.deloadBefore = true;
        RaisedFlag pain = CaseloadFlags.raised(f.facts()).getFirst();
        assertThat(pain.flag()).isEqualTo(Flag.PAIN_UP);
        assertThat(pain.explanation()).contains("easier (deload) week");
    }

    @Test
    void adherence_of_exactly_fifty_percent_is_not_low() {
        Facts f = calm();
        f.done = 35;
        assertThat(f.flags()).doesNotContain(Flag.LOW_ADHERENCE);
    }

    @Test
    void adherence_just_under_fifty_percent_is_low_and_partly_counts_half() {
        Facts f = calm();
        f.done = 34;
        f.partly = 1; // 34.5 of 70
        assertThat(f.flags()).containsExactly(Flag.LOW_ADHERENCE);
        f.partly = 2; // 35 of 70
        assertThat(f.flags()).isEmpty();
    }

    @Test
    void nothing_scheduled_gives_no_adherence_flag() {
        Facts f = calm();
        f.scheduled = 0;
        f.done = 0;
        assertThat(f.flags()).isEmpty();
        assertThat(CaseloadFlags.adherence7(f.facts())).isEmpty();
    }

    @Test
    void last_log_exactly_three_days_ago_is_silent_two_days_is_not() {
        Facts f = calm();
        f.lastLog = TODAY.minusDays(2);
        assertThat(f.flags()).doesNotContain(Flag.NO_LOG);
        f.lastLog = TODAY.minusDays(3);
        assertThat(f.flags()).containsExactly(Flag.NO_LOG);
        assertThat(CaseloadFlags.raised(f.facts()).getFirst().explanation())
                .isEqualTo("Nothing logged for 3 days (last log 3 days ago).");
    }

    @Test
    void never_logging_counts_from_the_day_before_the_program_started() {
        Facts f = calm();
        f.lastLog = null;
        f.runningSince = TODAY.minusDays(1);
        assertThat(f.flags()).doesNotContain(Flag.NO_LOG);
        f.runningSince = TODAY.minusDays(2);
        assertThat(f.flags()).contains(Flag.NO_LOG);
    }

    @Test
    void a_client_without_a_running_program_is_never_silent_nor_low() {
        Facts f = calm();
        f.runningSince = null;
        f.lastLog = TODAY.minusDays(30);
        f.done = 0;
        assertThat(f.flags()).isEmpty();
    }

    @Test
    void a_flare_up_stays_flagged_for_fourteen_days() {
        Facts f = calm();
        f.flare = TODAY.minusDays(13);
        assertThat(f.flags()).containsExactly(Flag.FLARE_UP);
        f.flare = TODAY.minusDays(14);
        assertThat(f.flags()).isEmpty();
    }

    @Test
    void a_deload_starting_today_or_within_seven_days_is_flagged() {
        Facts f = calm();
        f.deload = TODAY;
        assertThat(CaseloadFlags.raised(f.facts()).getFirst().explanation())
                .isEqualTo("An easier week at 60 % begins today.");
        f.deload = TODAY.plusDays(1);
        assertThat(CaseloadFlags.raised(f.facts()).getFirst().explanation())
                .isEqualTo("An easier week at 60 % begins tomorrow.");
        f.deload = TODAY.plusDays(7);
        assertThat(f.flags()).containsExactly(Flag.DELOAD_SOON);
        assertThat(CaseloadFlags.raised(f.facts()).getFirst().explanation()).endsWith("begins in 7 days.");
        f.deload = TODAY.plusDays(8);
        assertThat(f.flags()).isEmpty();
        f.deload = TODAY.minusDays(1);
        assertThat(f.flags()).isEmpty();
    }

    @Test
    void psfs_is_due_fourteen_days_after_the_oldest_latest_rating_or_when_unrated() {
        Facts f = calm();
        f.psfsActivities = 2;
        f.psfsOldest = TODAY.minusDays(13);
        assertThat(f.flags()).isEmpty();
        f.psfsOldest = TODAY.minusDays(14);
        assertThat(f.flags()).containsExactly(Flag.PSFS_DUE);
        f.psfsOldest = null;
        assertThat(f.flags()).containsExactly(Flag.PSFS_DUE);
        f.psfsActivities = 0;
        assertThat(f.flags()).isEmpty();
    }

    @Test
    void flags_come_most_urgent_first_and_urgency_outranks_any_lower_combination() {
        Facts f = calm();
        f.flare = TODAY.minusDays(2);
        f.lastLog = TODAY.minusDays(5);
        f.deload = TODAY.plusDays(1);
        List<RaisedFlag> raised = CaseloadFlags.raised(f.facts());
        assertThat(raised).extracting(RaisedFlag::flag)
                .containsExactly(Flag.FLARE_UP, Flag.NO_LOG, Flag.DELOAD_SOON);
        int allBelowPainUp = Flag.NO_LOG.weight() + Flag.LOW_ADHERENCE.weight() + Flag.PSFS_DUE.weight()
                + Flag.DELOAD_SOON.weight();
        assertThat(Flag.PAIN_UP.weight()).isGreaterThan(allBelowPainUp);
        assertThat(CaseloadFlags.urgency(raised)).isEqualTo(32 + 8 + 1);
    }

    @Test
    void an_acknowledgement_holds_while_the_condition_is_the_same_and_lapses_when_it_changes() {
        Facts f = calm();
        f.lastLog = TODAY.minusDays(4);
        String key = CaseloadFlags.raised(f.facts()).getFirst().conditionKey();
        List<RaisedFlag> acked = CaseloadFlags.acknowledged(CaseloadFlags.raised(f.facts()), Map.of(Flag.NO_LOG, key));
        assertThat(acked.getFirst().acknowledged()).isTrue();
        assertThat(CaseloadFlags.urgency(acked)).isZero();

        f.lastLog = TODAY.minusDays(3); // logged again since, then silent again: a new condition
        List<RaisedFlag> later = CaseloadFlags.acknowledged(CaseloadFlags.raised(f.facts()), Map.of(Flag.NO_LOG, key));
        assertThat(later.getFirst().acknowledged()).isFalse();
    }

    @Test
    void the_trend_arrow_moves_at_one_point() {
        Facts f = calm();
        f.painSum = 28; // 4 against 3
        assertThat(PainTrend.of(f.facts())).isEqualTo(PainTrend.RISING);
        f.painSum = 27;
        assertThat(PainTrend.of(f.facts())).isEqualTo(PainTrend.STEADY);
        f.painSum = 14;
        assertThat(PainTrend.of(f.facts())).isEqualTo(PainTrend.FALLING);
    }
}
