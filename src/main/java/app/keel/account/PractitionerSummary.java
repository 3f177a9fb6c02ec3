package app.keel.account;

import java.util.Set;

/** A row of the practitioners grid. {@code active}: a password is set; {@code enabled}: the login is switched on. */
public record PractitionerSummary(long id, String fullName, String email, Set<Role> roles, boolean active,
                                  boolean enabled) {

    public String loginState() {
        return !enabled ? "Switched off" : active ? "Active" : "Invited";
    }
}
