package app.keel.exercise;

/** A row of the library grid. */
public record ExerciseSummary(long id, String name, ExerciseCategory category, String focus, int difficulty,
                              boolean builtIn) {
}
