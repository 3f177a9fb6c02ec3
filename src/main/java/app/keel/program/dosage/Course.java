package app.keel.program.dosage;

import java.util.List;

/**
 * What happened to a program besides its rule: its deload periods, the days it was paused, and the graded return
 * after a flare-up deload ({@code flareReturnPercents}: the volumes of the weeks after the flare-up, before full
 * volume again; 60 then 80 by default). See docs/clinical-rules.md.
 */
public record Course(List<DeloadPeriod> deloads, List<PausePeriod> pauses, List<Integer> flareReturnPercents) {

    public static final List<Integer> DEFAULT_FLARE_RETURN = List.of(60, 80);
    public static final int MAX_RETURN_WEEKS = 4;

    public Course {
        deloads = List.copyOf(deloads);
        pauses = List.copyOf(pauses);
        flareReturnPercents = List.copyOf(flareReturnPercents);
        if (flareReturnPercents.size() > MAX_RETURN_WEEKS) {
            throw new IllegalArgumentException("a graded return has at most " + MAX_RETURN_WEEKS + " weeks");
        }
        int previous = 0;
        for (int percent : flareReturnPercents) {
            DoseLimits.requireIn("graded return percent", percent, 10, 99);
            if (percent < previous) {
                throw new IllegalArgumentException("a graded return only goes up, was " + flareReturnPercents);
            }
            previous = percent;
        }
    }

    /** Deloads only: no pauses, the default graded return. */
    public static Course of(List<DeloadPeriod> deloads) {
        return new Course(deloads, List.of(), DEFAULT_FLARE_RETURN);
    }
}
