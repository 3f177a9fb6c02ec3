package app.keel.logbook;

/** How a scheduled item went, as the client taps it. */
public enum LogOutcome {
    DONE("Done"),
    PARTLY("Partly"),
    SKIPPED("Skipped");

    private final String label;

    LogOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
