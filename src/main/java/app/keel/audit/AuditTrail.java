package app.keel.audit;

import app.keel.account.CurrentUser;
import app.keel.account.KeelUser;
import app.keel.audit.AuditEvent.Outcome;
import app.keel.base.AuditableAction;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * Writes the audit trail. Record reads and changes are written once their transaction has committed
 * (a rolled-back change did not happen), in a transaction of their own so read-only work can be audited.
 */
@Component
class AuditTrail {

    private static final int MAX_ACTOR = 254;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuditableAction action) {
        KeelUser user = CurrentUser.find().orElse(null);
        events.save(new AuditEvent(clock.instant(), user == null ? "system" : user.email(),
                user == null ? null : user.accountId(), action.studioId(), action.action(), action.subjectType(),
                action.subjectId(), Outcome.SUCCESS));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KeelUser user) {
            events.save(new AuditEvent(clock.instant(), user.email(), user.accountId(), user.studioId(), "LOGIN",
                    "ACCOUNT", user.accountId(), Outcome.SUCCESS));
        }
    }

    /** The attempted name is kept (trimmed) so repeated failures against one account can be spotted. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        String actor = attempted.length() > MAX_ACTOR ? attempted.substring(0, MAX_ACTOR) : attempted;
        events.save(new AuditEvent(clock.instant(), actor, null, null, "LOGIN", "ACCOUNT", null, Outcome.FAILURE));
    }
}
