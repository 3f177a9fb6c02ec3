package app.keel.exercise;

import java.util.EnumSet;
import java.util.Set;

/** Library filter: text over name and focus, a category and a focus (null for any). */
public record ExerciseFilter(String text, ExerciseCategory category, String focus) {

    public static ExerciseFilter none() {
        return new ExerciseFilter("", null, null);
    }

    Set<ExerciseCategory> categories() {
        return category == null ? EnumSet.allOf(ExerciseCategory.class) : EnumSet.of(category);
    }
}
