package app.keel.account.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs installation-level work (opening a studio, seeding demo data) as the built-in SYSTEM role, so that
 * even these calls pass through the services' method security instead of around it.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        return as(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM")), work);
    }

    public static <T> T callAs(KeelUser user, Supplier<T> work) {
        return as(new UsernamePasswordAuthenticationToken(user.withoutPassword(), null, user.getAuthorities()), work);
    }

    private static <T> T as(UsernamePasswordAuthenticationToken auth, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
