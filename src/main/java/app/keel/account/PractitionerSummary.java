package app.keel.account;

import java.util.Set;

/**
 * A row of the practitioners grid. {@code active}: a password is set; {@code enabled}: the login is switched on;
 * {@code invitationId}: the newest login link (0: none), which a "send a new link" must still match.
 */
public record PractitionerSummary(long id, String fullName, String email, Set<Role> roles, boolean active,
                                  boolean enabled, long invitationId) {

    public String loginState() {
        return !enabled ? "Switched off" : active ? "Active" : "Invited";
    }
}
