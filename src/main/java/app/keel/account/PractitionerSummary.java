package app.keel.account;

import java.util.Set;

/** A row of the practitioners grid. */
public record PractitionerSummary(long id, String fullName, String email, Set<Role> roles, boolean active) {

    public String loginState() {
        return active ? "Active" : "Invited";
    }
}
