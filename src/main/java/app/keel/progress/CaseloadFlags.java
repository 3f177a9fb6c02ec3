package app.keel.progress;

import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.psfs.PsfsService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Decides a client's flags from their {@link ClientFacts}: plain Java, every edge unit-tested. The thresholds are in
 * {@link FlagRules}; adherence is {@link Adherence}'s rule; PSFS due is {@link PsfsService}'s.
 */
public final class CaseloadFlags {

    private CaseloadFlags() {
    }

    /** The raised flags, most urgent first, none acknowledged (see {@link #acknowledged}). */
    public static List<RaisedFlag> raised(ClientFacts f) {
        List<RaisedFlag> flags = new ArrayList<>();
        if (f.lastFlareUp() != null && daysAgo(f.lastFlareUp(), f.today()) < FlagRules.FLARE_UP_DAYS) {
            flags.add(flag(Flag.FLARE_UP, "Reported a flare-up " + ago(f.lastFlareUp(), f.today()) + ".",
                    f.lastFlareUp().toString()));
        }
        if (painUp(f)) {
            double now = (double) f.painSum7() / f.painCount7();
            double before = (double) f.painSumBefore() / f.painCountBefore();
            String text = String.format(Locale.ROOT, "Worst pain averaged %.1f over the last 7 days, up %.1f from "
                    + "%.1f the 7 days before (%d points is a meaningful change).", now, now - before, before,
                    FlagRules.PAIN_RISE);
            if (f.previousWeekDeload()) {
                text += " Those 7 days before included an easier (deload) week.";
            }
            flags.add(flag(Flag.PAIN_UP, text, "worst-" + (int) Math.floor(now)));
        }
        if (f.runningSince() != null && !f.runningSince().isAfter(f.today())) {
            LocalDate last = f.lastLog() != null ? f.lastLog() : f.runningSince().minusDays(1);
            long silent = daysAgo(last, f.today());
            if (silent >= FlagRules.SILENT_DAYS) {
                flags.add(flag(Flag.NO_LOG, f.lastLog() == null
                        ? "Nothing logged since the program started " + ago(f.runningSince(), f.today()) + "."
                        : "Nothing logged for " + silent + " days (last log " + ago(f.lastLog(), f.today()) + ").",
                        f.lastLog() == null ? "never" : f.lastLog().toString()));
            }
            OptionalDouble adherence = adherence7(f);
            if (adherence.isPresent() && adherence.getAsDouble() < FlagRules.LOW_ADHERENCE_BELOW) {
                flags.add(flag(Flag.LOW_ADHERENCE, String.format(Locale.ROOT, "Did %.0f %% of the items scheduled "
                                + "over the last 7 days (below %d %%).", adherence.getAsDouble(),
                        FlagRules.LOW_ADHERENCE_BELOW),
                        f.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()));
            }
        }
        if (f.psfsActivities() > 0 && (f.psfsOldest() == null || PsfsService.isDue(f.psfsOldest(), f.today()))) {
            flags.add(flag(Flag.PSFS_DUE, f.psfsOldest() == null ? "An activity of the PSFS has not been rated yet."
                            : "The PSFS was last rated " + ago(f.psfsOldest(), f.today()) + " (every "
                            + PsfsService.EVERY_DAYS + " days).",
                    f.psfsOldest() == null ? "never" : f.psfsOldest().toString()));
        }
        if (f.deloadStart() != null && !f.deloadStart().isBefore(f.today())
                && daysAgo(f.today(), f.deloadStart()) <= FlagRules.DELOAD_AHEAD_DAYS) {
            String when = f.deloadStart().equals(f.today()) ? "today"
                    : f.deloadStart().equals(f.today().plusDays(1)) ? "tomorrow"
                    : "in " + daysAgo(f.today(), f.deloadStart()) + " days";
            flags.add(flag(Flag.DELOAD_SOON, "An easier week" + (f.deloadPercent() == null ? ""
                    : " at " + f.deloadPercent() + " %") + " begins " + when + ".", f.deloadStart().toString()));
        }
        return flags;
    }

    /** Marks the flags whose acknowledged condition key is still the current one. */
    public static List<RaisedFlag> acknowledged(List<RaisedFlag> flags, java.util.Map<Flag, String> acks) {
        return flags.stream().map(r -> r.conditionKey().equals(acks.get(r.flag())) ? r.acknowledge() : r).toList();
    }

    /** Sum of the weights of the flags not acknowledged: the caseload's order. */
    public static int urgency(List<RaisedFlag> flags) {
        return flags.stream().filter(r -> !r.acknowledged()).mapToInt(r -> r.flag().weight()).sum();
    }

    public static OptionalDouble adherence7(ClientFacts f) {
        return Adherence.percent(f.scheduled7(), f.done7(), f.partly7());
    }

    /**
     * Up by at least {@link FlagRules#PAIN_RISE} points, compared in whole numbers (sums × counts), so exactly two
     * points is never lost to rounding.
     */
    static boolean painUp(ClientFacts f) {
        if (f.painCount7() == 0 || f.painCountBefore() == 0) {
            return false;
        }
        long lhs = (long) f.painSum7() * f.painCountBefore() - (long) f.painSumBefore() * f.painCount7();
        return lhs >= (long) FlagRules.PAIN_RISE * f.painCount7() * f.painCountBefore();
    }

    private static RaisedFlag flag(Flag flag, String text, String key) {
        return new RaisedFlag(flag, text, flag.name() + ":" + key, false);
    }

    private static long daysAgo(LocalDate day, LocalDate today) {
        return ChronoUnit.DAYS.between(day, today);
    }

    private static String ago(LocalDate day, LocalDate today) {
        long n = daysAgo(day, today);
        return n == 0 ? "today" : n == 1 ? "yesterday" : n + " days ago";
    }
}
