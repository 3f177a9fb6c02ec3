package app.keel.account.security;

import app.keel.account.Role;
import app.keel.base.InvalidInputException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person: everything services need to scope a query (studio, practitioner profile, roles)
 * without another lookup. Kept in the HTTP session; the password hash is erased after sign-in.
 */
public final class KeelUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final long studioId;
    private final Long practitionerId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final String zone;
    private final String locale;
    private final boolean enabled;
    private final boolean readOnly;
    private String passwordHash;

    KeelUser(long accountId, long studioId, Long practitionerId, String email, String displayName, Set<Role> roles,
             String zone, String locale, String passwordHash, boolean enabled, boolean readOnly) {
        this.accountId = accountId;
        this.studioId = studioId;
        this.practitionerId = practitionerId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.zone = zone;
        this.locale = locale;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.readOnly = readOnly;
    }

    public long accountId() {
        return accountId;
    }

    public long studioId() {
        return studioId;
    }

    /** The practitioner profile of this account, or null when it treats nobody. */
    public Long practitionerId() {
        return practitionerId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.STUDIO_ADMIN);
    }

    public boolean isStaff() {
        return has(Role.STUDIO_ADMIN) || has(Role.PRACTITIONER);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** Today in the studio's time zone: the day a client logs, a program starts, a check-in belongs to. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zoneId()));
    }

    /** The studio's language and region, for dates and numbers. */
    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    /** Signed in to read only: a discharged client whose studio lets them keep their portal. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Refuses a change by a read-only login, with words the client understands. */
    public void requireMayChange() {
        if (readOnly) {
            throw InvalidInputException.of("", "Your care with the studio has ended. You can still read your "
                    + "portal, but nothing can be changed or logged any more.");
        }
    }

    /** The studio id, for method-security expressions such as {@code principal.studioId}. */
    public long getStudioId() {
        return studioId;
    }

    KeelUser withPasswordHash(String hash) {
        return new KeelUser(accountId, studioId, practitionerId, email, displayName, roles, zone, locale, hash, enabled, readOnly);
    }

    KeelUser withoutPassword() {
        return new KeelUser(accountId, studioId, practitionerId, email, displayName, roles, zone, locale, null, enabled, readOnly);
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeelUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "KeelUser[" + accountId + "]";
    }
}
