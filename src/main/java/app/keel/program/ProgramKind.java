package app.keel.program;

public enum ProgramKind {
    STABILITY("Stability"), LOAD_PROGRESSION("Load progression"), RECOVERY("Recovery");

    private final String label;

    ProgramKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
