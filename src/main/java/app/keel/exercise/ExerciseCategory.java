package app.keel.exercise;

/** The pillars of the care model an exercise belongs to. */
public enum ExerciseCategory {
    STABILITY("Stability"),
    LOAD("Load"),
    MOBILITY("Mobility"),
    BREATH("Breath and calm"),
    REST("Rest and position"),
    HABIT("Daily habit");

    private final String label;

    ExerciseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Breathing, resting and daily habits are how the body recovers, so a deload never reduces them. */
    public boolean isRecovery() {
        return this == BREATH || this == REST || this == HABIT;
    }
}
