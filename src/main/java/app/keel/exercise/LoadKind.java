package app.keel.exercise;

/** How an item is loaded: the body's own weight, kilograms, or a resistance band. */
public enum LoadKind {
    BODYWEIGHT("Bodyweight"), KG("Kilograms"), BAND("Band");

    private final String label;

    LoadKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
