package app.keel.support;

import app.keel.account.security.KeelUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a fixture user in for browserless view tests (the views and services read the security context). */
public final class BrowserlessSignIn {

    private BrowserlessSignIn() {
    }

    public static void as(KeelUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
