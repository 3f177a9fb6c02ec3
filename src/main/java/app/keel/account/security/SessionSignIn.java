package app.keel.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/**
 * Signs a person in from inside the UI: from the login form and right after a client chose their first password.
 * It goes through the authentication manager (so it is audited) and gives the session a new id.
 * <p>
 * Why not the login form's native POST: Vaadin's login form also sends its "login" event to the server while the
 * browser posts the form; when the POST changes the session id first, that event arrives with the old id, the
 * client sees an expired session and reloads into the sign-in page again (vaadin/flow#12640). Signing in within
 * the one UI request leaves no second request to race.
 */
@Component
public class SessionSignIn {

    private final AuthenticationConfiguration authentication;
    private final SignInAttempts attempts;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    private final OpenSessions sessions;

    SessionSignIn(AuthenticationConfiguration authentication, SignInAttempts attempts, OpenSessions sessions) {
        this.authentication = authentication;
        this.attempts = attempts;
        this.sessions = sessions;
    }

    /**
     * Signs in and returns the address of the page the person asked for before being sent to sign in, if any (the
     * caller otherwise opens the start page, which sends staff to the console and clients to their portal).
     *
     * @throws AuthenticationException for a wrong e-mail or password (the caller shows one message for both)
     * @throws SignInThrottledException after too many failures for this account or address (the caller says to wait)
     */
    public Optional<String> signIn(String email, String password) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        Authentication result = authenticate(email, password, request.getRemoteAddr());
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, response);
        if (result.getPrincipal() instanceof KeelUser user) {
            sessions.register(request.getSession().getId(), user);
        }
        return pageAskedFor(request, response);
    }

    /**
     * Checks the password unless this account or address must wait, and counts the outcome. The one place every
     * sign-in passes through; public so the throttle can be tested without a browser.
     *
     * @param address the client's address as the servlet container sees it (behind a proxy, the forwarded one)
     */
    public Authentication authenticate(String email, String password, String address) {
        attempts.checkAllowed(email, address);
        Authentication result;
        try {
            result = authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (BadCredentialsException e) {
            attempts.failed(email, address);
            throw e;
        }
        if (result.getPrincipal() instanceof KeelUser user) {
            attempts.succeeded(user, address);
        }
        return result;
    }

    /** Spring Security keeps a page loaded directly; Vaadin keeps one reached by navigating inside the app. */
    private Optional<String> pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        HttpSession session = request.getSession();
        Object navigated = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        if (saved != null) {
            // Opened as it was asked for, without the "continue" marker Spring adds for its own redirect.
            return Optional.of(UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).replaceQueryParam("continue")
                    .build().toUriString());
        }
        return navigated instanceof String url ? Optional.of(url) : Optional.empty();
    }
}
