package app.keel.progress;

import java.time.LocalDate;

/**
 * What the caseload knows about one client on {@code today}, read in one query: the raw numbers the flags and the
 * trend arrow are decided from.
 *
 * @param runningSince   first day of the client's earliest running program; null when nothing runs
 * @param lastLog        the latest day with an item log or a check-in; null when never
 * @param scheduled7     items scheduled over the last 7 days (today included)
 * @param done7          of those, done
 * @param partly7        of those, partly done
 * @param painSum7       sum of worst pain over the last 7 days' check-ins, {@code painCount7} of them
 * @param painSumBefore  the same for the 7 days before
 * @param lastFlareUp    the latest check-in with a flare-up within {@link FlagRules#FLARE_UP_DAYS}; null if none
 * @param deloadStart    the first day of a deload beginning within {@link FlagRules#DELOAD_AHEAD_DAYS}; null if none
 * @param deloadPercent  its share of the usual volume
 * @param psfsActivities the client's current PSFS activities
 * @param psfsOldest     the oldest of their latest ratings; null when one of them was never rated
 * @param previousWeekDeload whether the 7 days before the last 7 were (partly) a deload: the pain comparison then
 *                       sets this week against an easier one
 */
public record ClientFacts(LocalDate today, LocalDate runningSince, LocalDate lastLog, int scheduled7, int done7,
                          int partly7, int painSum7, int painCount7, int painSumBefore, int painCountBefore,
                          LocalDate lastFlareUp, LocalDate deloadStart, Integer deloadPercent, int psfsActivities,
                          LocalDate psfsOldest,
                          boolean previousWeekDeload) {
}
