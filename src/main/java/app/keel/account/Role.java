package app.keel.account;

/** Roles within one studio; one person may hold several. */
public enum Role {
    STUDIO_ADMIN("Studio admin"),
    PRACTITIONER("Practitioner"),
    CLIENT("Client");

    public static final String ADMIN_NAME = "STUDIO_ADMIN";
    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
