package app.keel.logbook.history;

import app.keel.logbook.LogOutcome;

import java.util.List;
import java.util.Random;

/**
 * DEMO ONLY. The shape of one demo client's past weeks, so the progress and caseload views have something true to
 * show: each story answers, for a day {@code daysAgo} days before today, whether the client opened the app, how an
 * item went and how bad the pain was. Randomness comes from the caller's seeded {@link Random}, so a fresh demo
 * database always holds the same history relative to its first start.
 */
public enum HistoryStory {

    /** Does the work nearly every day; pain eases from about 4 to about 3. */
    STEADY,
    /** Adherent, but over the last week worst pain climbs from about 3 to 8. */
    PAIN_RISING,
    /** Logged fairly well, then nothing at all for the last four days. */
    SILENT,
    /** A flare-up nine days ago: one bad day, items skipped, then settling back. */
    FLARE_UP,
    /** Opens the app on fewer than half of the days and often stops part way. */
    LOW_ADHERENCE;

    /** The day of the flare-up for {@link #FLARE_UP}, counted back from today. */
    static final int FLARE_DAYS_AGO = 9;
    /** How many days (today included) {@link #SILENT} has said nothing. */
    static final int SILENT_DAYS = 5;

    /**
     * Whether the client used the app at all that day (logged anything or checked in). The days that carry a story
     * (the rising week, the flare-up) are always active, and the missed days follow a fixed rhythm where the
     * story's adherence must hold whatever the weekday the demo starts on.
     */
    boolean active(int daysAgo, Random rnd) {
        return switch (this) {
            case STEADY -> daysAgo % 13 != 5;
            case PAIN_RISING -> daysAgo <= 13 || rnd.nextInt(10) != 0;
            case FLARE_UP -> Math.abs(daysAgo - FLARE_DAYS_AGO) <= 1 || rnd.nextInt(10) != 0;
            case SILENT -> daysAgo >= SILENT_DAYS && rnd.nextInt(6) != 0;
            case LOW_ADHERENCE -> daysAgo % 5 == 0 || daysAgo % 5 == 2 || rnd.nextInt(10) == 0;
        };
    }

    /** How one item went on an active day. Loaded items suffer first when the back is bad. */
    LogOutcome outcome(int daysAgo, boolean loaded, Random rnd) {
        int roll = rnd.nextInt(100);
        return switch (this) {
            case STEADY -> roll < 94 ? LogOutcome.DONE : roll < 99 ? LogOutcome.PARTLY : LogOutcome.SKIPPED;
            case PAIN_RISING -> daysAgo <= 3 && loaded
                    ? (roll < 40 ? LogOutcome.DONE : roll < 80 ? LogOutcome.PARTLY : LogOutcome.SKIPPED)
                    : (roll < 85 ? LogOutcome.DONE : roll < 95 ? LogOutcome.PARTLY : LogOutcome.SKIPPED);
            case SILENT -> roll < 80 ? LogOutcome.DONE : roll < 90 ? LogOutcome.PARTLY : LogOutcome.SKIPPED;
            case FLARE_UP -> daysAgo == FLARE_DAYS_AGO ? (loaded ? LogOutcome.SKIPPED : LogOutcome.PARTLY)
                    : daysAgo > FLARE_DAYS_AGO - 3 && daysAgo < FLARE_DAYS_AGO && loaded ? LogOutcome.PARTLY
                    : roll < 85 ? LogOutcome.DONE : roll < 95 ? LogOutcome.PARTLY : LogOutcome.SKIPPED;
            case LOW_ADHERENCE -> roll < 55 ? LogOutcome.DONE : roll < 75 ? LogOutcome.PARTLY : LogOutcome.SKIPPED;
        };
    }

    /**
     * Worst pain of the last 24 hours, 0–10. Most days sit between 2 and 5 and move a point at most, as backs do;
     * only the rising and flare-up stories leave that band, on purpose.
     */
    int worstPain(int daysAgo, int historyDays, Random rnd) {
        int noise = rnd.nextInt(4) == 0 ? rnd.nextInt(3) - 1 : 0;
        return switch (this) {
            // From about 4 at the start to about 3 now: the slow improvement a steady client hopes for.
            case STEADY -> clamp(3 + Math.round((float) daysAgo / historyDays) + noise, 2, 5);
            // Flat around 3, then a point a day from six days ago, held at 8 (no noise: the rise is the story).
            case PAIN_RISING -> daysAgo <= 6 ? Math.min(8, 5 + (6 - daysAgo)) : clamp(3 + noise, 2, 4);
            case FLARE_UP -> daysAgo == FLARE_DAYS_AGO ? 8
                    : daysAgo < FLARE_DAYS_AGO && daysAgo >= FLARE_DAYS_AGO - 4
                    ? 7 - (FLARE_DAYS_AGO - daysAgo) + Math.max(0, noise) : clamp(3 + noise, 2, 5);
            case SILENT, LOW_ADHERENCE -> clamp(4 + noise, 2, 5);
        };
    }

    /**
     * Whether the client fills in the check-in on an active day (fewer bother when motivation is low). The rising
     * client checks in every day of the last two weeks, so the rise shows week over week.
     */
    boolean checksIn(int daysAgo, Random rnd) {
        int roll = rnd.nextInt(100);
        return switch (this) {
            case PAIN_RISING -> daysAgo <= 13 || roll < 95;
            case FLARE_UP -> Math.abs(daysAgo - FLARE_DAYS_AGO) <= 1 || roll < 95;
            case LOW_ADHERENCE -> roll < 75;
            case STEADY, SILENT -> roll < 95;
        };
    }

    /** A note the client might add to a check-in that day, or null. Written for the demo, in plain words. */
    String checkInNote(int daysAgo, Random rnd) {
        if (this == FLARE_UP && daysAgo == FLARE_DAYS_AGO) {
            return "Bent down to tie a shoe and my back seized. Lying down with a hot water bottle.";
        }
        if (this == FLARE_UP && daysAgo == FLARE_DAYS_AGO - 1) {
            return "Still sore but I can walk about. Did the breathing.";
        }
        if (this == PAIN_RISING && daysAgo == 2) {
            return "Back has been getting worse since the weekend. Not sure why.";
        }
        if (this == PAIN_RISING && daysAgo == 5) {
            return "Long drive to my sister's, stiff when I got out of the car.";
        }
        return rnd.nextInt(100) < 8 ? pick(GENERAL_NOTES, rnd) : null;
    }

    /** A note on one logged item, or null. */
    String itemNote(LogOutcome outcome, Random rnd) {
        if (rnd.nextInt(100) >= 6) {
            return null;
        }
        return switch (outcome) {
            case DONE -> pick(DONE_NOTES, rnd);
            case PARTLY -> pick(PARTLY_NOTES, rnd);
            case SKIPPED -> pick(SKIPPED_NOTES, rnd);
        };
    }

    private static final List<String> GENERAL_NOTES = List.of(
            "Slept badly, the neighbours had a party.",
            "Good day. Walked to the shops and back without stopping.",
            "Busy at work, sat too long.",
            "Felt stiff in the morning but it eased by lunch.",
            "Played with the grandchildren in the garden.");
    private static final List<String> DONE_NOTES = List.of(
            "Felt easy today.",
            "Kept my back flat the whole time, I think.",
            "Did these in the kitchen while the kettle boiled.",
            "Last set was hard but fine.");
    private static final List<String> PARTLY_NOTES = List.of(
            "Ran out of time, will do more tomorrow.",
            "Stopped after two sets, felt a twinge.",
            "Tired today, did what I could.");
    private static final List<String> SKIPPED_NOTES = List.of(
            "Away from home, no weights with me.",
            "Back too sore today.",
            "Forgot, sorry!");

    private static String pick(List<String> notes, Random rnd) {
        return notes.get(rnd.nextInt(notes.size()));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
