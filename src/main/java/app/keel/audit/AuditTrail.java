package app.keel.audit;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.audit.AuditEvent.Outcome;
import app.keel.base.AuditableAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Writes the audit trail: changes inside their own transaction (a rolled-back change did not happen and leaves no
 * row), reads and sign-ins in a short transaction of their own.
 */
@Component
class AuditTrail {

    private static final int MAX_ACTOR = 254;

    private final AuditEventRepository events;
    private final Clock clock;
    private final TransactionTemplate separately;

    AuditTrail(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A change is audited inside its own transaction, just before it commits: one connection, and the audit row
     * stands or falls with the change. Audited reads run in writable transactions for the same reason: a second
     * connection per request would let a burst of requests exhaust the pool while each waits for its second one.
     * Outside a writable transaction the row gets a short transaction of its own.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(AuditableAction action) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            events.save(event(action));
        } else {
            separately.executeWithoutResult(status -> events.save(event(action)));
        }
    }

    private AuditEvent event(AuditableAction action) {
        KeelUser user = CurrentUser.find().orElse(null);
        return new AuditEvent(clock.instant(), user == null ? "system" : user.email(),
                user == null ? null : user.accountId(), action.studioId(), action.action(), action.subjectType(),
                action.subjectId(), Outcome.SUCCESS);
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
