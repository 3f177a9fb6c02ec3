package app.keel.account.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<KeelUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KeelUser user ? Optional.of(user) : Optional.empty();
    }

    public static KeelUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }
}
