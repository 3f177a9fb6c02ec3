package app.keel.program;

/** The progression rules a load program can use (see the dosage engine for what each does). */
public enum ProgressionKind {
    NONE("No automatic progression"),
    PERCENT_LOAD("+ % load per week"),
    KG_LOAD("+ kg per week"),
    DOUBLE_PROGRESSION("Double progression (+1 rep to a ceiling, then + load)"),
    HOLD_SECONDS("+ seconds hold per week");

    private final String label;

    ProgressionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
