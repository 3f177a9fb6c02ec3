package app.keel.program;

import app.keel.program.dosage.Course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The graded return after a flare-up deload as typed ("60, 80") and as stored ("60,80"): up to four rising
 * percentages below 100. Blank means straight back to the usual volume (still without a step up).
 */
final class FlareReturn {

    static final String MESSAGE = "Give up to four rising percentages between 10 and 99, e.g. 60, 80 "
            + "(or leave it empty to go straight back to the usual amount).";

    private FlareReturn() {
    }

    /** The percentages, or empty when the text is not a valid graded return. */
    static Optional<List<Integer>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        List<Integer> percents = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,2}")) {
                return Optional.empty();
            }
            percents.add(Integer.parseInt(p));
        }
        try {
            return Optional.of(new Course(List.of(), List.of(), percents).flareReturnPercents());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The stored form; only called on text {@link ProgramRules} accepted. */
    static String normalise(String text) {
        return parse(text).orElseThrow().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
