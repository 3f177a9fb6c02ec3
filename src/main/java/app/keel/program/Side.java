package app.keel.program;

public enum Side {
    BOTH("Both sides"), LEFT("Left"), RIGHT("Right"), ALTERNATE("Alternate");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
