package app.keel.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside the UI (right after they chose their first password), exactly as the login form
 * would: through the authentication manager (so it is audited) and with a new session id.
 */
@Component
public class SessionSignIn {

    private final AuthenticationConfiguration authentication;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(AuthenticationConfiguration authentication) {
        this.authentication = authentication;
    }

    public void signIn(String email, String password) throws Exception {
        Authentication result = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
