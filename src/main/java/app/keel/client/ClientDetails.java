package app.keel.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client as the detail view shows it, with the version the next save must match and the id of the newest login
 * link (0: none) the next "send link" must match.
 */
public record ClientDetails(long id, String fullName, String email, LocalDate dateOfBirth, String phone,
                            ClientStatus status, String notes, long primaryPractitionerId,
                            String primaryPractitionerName, LoginState loginState, Instant lastActivityAt,
                            long version, long invitationId) {

    public enum LoginState {
        NONE("No login yet"), INVITED("Invited"), ACTIVE("Can sign in"), READ_ONLY("Can sign in to read only"),
        OFF("Login switched off");

        private final String label;

        LoginState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
