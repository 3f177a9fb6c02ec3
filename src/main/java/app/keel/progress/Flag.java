package app.keel.progress;

/**
 * What can make a client stand out on the caseload, most urgent first. {@link #weight} orders the caseload: any
 * flag outranks every flag below it together (powers of two), so one flare-up comes before a silent client with a
 * low week and an easier week coming.
 */
public enum Flag {

    FLARE_UP("Flare-up", 32),
    PAIN_UP("Pain up", 16),
    NO_LOG("Silent", 8),
    LOW_ADHERENCE("Low adherence", 4),
    PSFS_DUE("PSFS due", 2),
    DELOAD_SOON("Easier week soon", 1);

    private final String label;
    private final int weight;

    Flag(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public int weight() {
        return weight;
    }
}
