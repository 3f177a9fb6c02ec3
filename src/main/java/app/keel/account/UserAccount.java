package app.keel.account;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.Set;

/** A login. Its password stays empty until the person accepts their invitation. */
@Entity
public class UserAccount extends AbstractEntity {

    private long studioId;
    private String email;
    private String displayName;
    private String passwordHash;
    @Convert(converter = RolesConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    /** Signs in but changes nothing: a discharged client whose studio lets them keep reading their portal. */
    private boolean readOnly;
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(long studioId, String email, String displayName, Set<Role> roles) {
        this.studioId = studioId;
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
    }

    public long getStudioId() {
        return studioId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Switches the login off (enabled = false), on, or on for reading only. */
    void setAccess(LoginAccess access) {
        enabled = access != LoginAccess.NONE;
        readOnly = access == LoginAccess.READ_ONLY;
    }

    LoginAccess access() {
        return !enabled ? LoginAccess.NONE : readOnly ? LoginAccess.READ_ONLY : LoginAccess.FULL;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void addRole(Role role) {
        EnumSet<Role> more = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        more.add(role);
        roles = more;
    }
}
