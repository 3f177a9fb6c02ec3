package app.keel.client;

public enum ClientStatus {
    ACTIVE("Active"), PAUSED("Paused"), DISCHARGED("Discharged");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
