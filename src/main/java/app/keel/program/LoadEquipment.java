package app.keel.program;

/**
 * What a loaded item is lifted with, for the size of its load steps: dumbbells, kettlebells and a barbell come in the
 * studio's real increments ({@code studio.LoadSteps}); FINE is small plates or a machine, stepped by 0.5 kg. New items
 * start FINE and the practitioner picks the equipment per item: the library's equipment text often names alternatives
 * ("kettlebell or dumbbell"), so Keel does not guess.
 */
public enum LoadEquipment {
    FINE("Small plates or machine (0.5 kg steps)"),
    DUMBBELL("Dumbbells"),
    KETTLEBELL("Kettlebells"),
    BARBELL("Barbell with plates");

    private final String label;

    LoadEquipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
