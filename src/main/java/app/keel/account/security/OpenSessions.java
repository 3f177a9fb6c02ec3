package app.keel.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Objects;

/**
 * The signed-in sessions of this node, kept in Spring Security's {@link SessionRegistry}. Ending a session marks it
 * expired; {@link SignedInAccountFilter} signs it out at its next request (a click in Vaadin is a request too), and
 * the session's Vaadin UI goes with the HTTP session it lives in.
 */
@Component
public class OpenSessions {

    private final SessionRegistry registry;

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void register(String sessionId, KeelUser user) {
        registry.registerNewSession(sessionId, user);
    }

    boolean isEnded(String sessionId) {
        SessionInformation info = registry.getSessionInformation(sessionId);
        return info != null && info.isExpired();
    }

    void forget(String sessionId) {
        registry.removeSessionInformation(sessionId);
    }

    /** Ends every open session of the login (it was switched off or its roles changed), once the change commits. */
    public void endAll(long accountId) {
        afterCommit(() -> expire(accountId, null));
    }

    /** Ends the login's sessions except the one asking (a password change keeps its own session). */
    public void endOthers(long accountId) {
        String current = currentSessionId();
        afterCommit(() -> expire(accountId, current));
    }

    private void expire(long accountId, String except) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof KeelUser user && user.accountId() == accountId) {
                registry.getAllSessions(principal, false).stream()
                        .filter(s -> !Objects.equals(s.getSessionId(), except))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        HttpSession session = vaadin == null ? null : vaadin.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getId();
    }
}
