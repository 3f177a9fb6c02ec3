package app.keel.account.security;

import app.keel.account.LoginStates;
import app.keel.account.LoginStates.LoginState;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every request of a signed-in person re-reads their login (one statement by primary key): a login switched off, or
 * whose roles or read-only state changed since sign-in, or whose session was ended, is signed out before the request
 * goes on, so no session keeps rights its person no longer has. The request then continues anonymously: a page asks
 * to sign in, a Vaadin click finds its session gone and the browser reloads into the sign-in page.
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInAccountFilter.class);

    private final LoginStates logins;
    private final OpenSessions sessions;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    SignedInAccountFilter(LoginStates logins, OpenSessions sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KeelUser user && !stillValid(request, user)) {
            LOG.info("Signed out a session of account {}: ended, switched off or its rights changed",
                    user.accountId());
            HttpSession session = request.getSession(false);
            if (session != null) {
                sessions.forget(session.getId());
            }
            signOut.logout(request, response, auth);
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpServletRequest request, KeelUser user) {
        HttpSession session = request.getSession(false);
        if (session != null && sessions.isEnded(session.getId())) {
            return false;
        }
        return logins.find(user.accountId()).filter(login -> matches(login, user)).isPresent();
    }

    private static boolean matches(LoginState login, KeelUser user) {
        return login.enabled() && login.readOnly() == user.readOnly() && login.roles().equals(user.roles());
    }
}
