package app.keel.audit;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.audit.AuditEvent.Outcome;
import app.keel.base.AuditableAction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes the audit trail: changes inside their own transaction (a rolled-back change did not happen and leaves no
 * row), reads and sign-ins in a short transaction of their own. Each row is appended to its studio's hash chain by
 * one statement that locks the chain's head row, so concurrent writers queue instead of forking the chain.
 */
@Component
class AuditTrail {

    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    /**
     * Locks and advances the chain head (insert ... on conflict do update takes the row lock and sees the latest
     * committed head), then inserts the event with the head's new number and hash. One statement: an audited
     * change costs one statement more, as before the chain.
     */
    private static final String APPEND = """
            with head as (
              insert into audit_chain_head as h (chain_key, last_seq, last_hash)
              values (:key, 1, audit_event_hash(:key, 1, :at, cast(:actor as text), cast(:actorId as bigint),
                cast(:studio as bigint), :action, cast(:stype as text), cast(:sid as bigint), cast(:client as bigint),
                cast(:address as text), cast(:detail as text), :outcome, :genesis))
              on conflict (chain_key) do update set last_seq = h.last_seq + 1,
                last_hash = audit_event_hash(h.chain_key, h.last_seq + 1, :at, cast(:actor as text),
                  cast(:actorId as bigint), cast(:studio as bigint), :action, cast(:stype as text),
                  cast(:sid as bigint), cast(:client as bigint), cast(:address as text), cast(:detail as text),
                  :outcome, h.last_hash)
              returning last_seq, last_hash)
            insert into audit_event (occurred_at, actor, actor_account_id, studio_id, action, subject_type, subject_id,
              outcome, client_id, client_address, detail, chain_seq, hash)
            select :at, cast(:actor as text), cast(:actorId as bigint), cast(:studio as bigint), :action,
              cast(:stype as text), cast(:sid as bigint), :outcome, cast(:client as bigint), cast(:address as text),
              cast(:detail as text), head.last_seq, head.last_hash
            from head""";
    private static final int MAX_DETAIL = 120;

    @PersistenceContext
    private EntityManager em;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClientAddress address;
    private final UserDetailsService logins;
    private final TransactionTemplate separately;

    AuditTrail(JdbcClient jdbc, Clock clock, ClientAddress address, UserDetailsService logins,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.address = address;
        this.logins = logins;
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
        Row row = byCurrentUser(action.action(), action.subjectType(), action.subjectId(), action.studioId(),
                action.clientId(), null, Outcome.SUCCESS);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            append(row);
        } else {
            separately.executeWithoutResult(status -> append(row));
        }
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KeelUser user) {
            separately.executeWithoutResult(status -> append(new Row(null, user.accountId(), user.studioId(),
                    "LOGIN", "ACCOUNT", user.accountId(), null, null, Outcome.SUCCESS)));
        }
    }

    /**
     * A failure names the account when the typed e-mail has one (repeated failures against it can be spotted);
     * otherwise nothing typed is kept (it may be a password typed into the wrong field) and the row joins the chain
     * without a studio.
     */
    @EventListener
    public void on(AbstractAuthenticationFailureEvent event) {
        KeelUser account = account(event.getAuthentication().getName());
        separately.executeWithoutResult(status -> append(account == null
                ? new Row(ANONYMOUS, null, null, "LOGIN", "ACCOUNT", null, null, null, Outcome.FAILURE)
                : new Row(null, account.accountId(), account.studioId(), "LOGIN", "ACCOUNT", account.accountId(),
                null, null, Outcome.FAILURE)));
    }

    @EventListener
    public void on(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KeelUser user) {
            separately.executeWithoutResult(status -> append(new Row(null, user.accountId(), user.studioId(),
                    "LOGOUT", "ACCOUNT", user.accountId(), null, null, Outcome.SUCCESS)));
        }
    }

    /**
     * A call refused at the service boundary ("not found" or "denied"), written on its own: the refused call's
     * transaction has rolled back, and the refusal must stay on record whatever the caller does next.
     */
    void refused(String action, String call, Long subjectId) {
        KeelUser user = CurrentUser.find().orElse(null);
        Row row = byCurrentUser(action, null, subjectId, user == null ? null : user.studioId(), null, call,
                Outcome.FAILURE);
        separately.executeWithoutResult(status -> append(row));
    }

    private KeelUser account(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 254) {
            return null;
        }
        try {
            UserDetails found = logins.loadUserByUsername(typed);
            return found instanceof KeelUser user ? user : null;
        } catch (UsernameNotFoundException unknown) {
            return null;
        }
    }

    private Row byCurrentUser(String action, String subjectType, Long subjectId, Long studioId, Long clientId,
                              String detail, Outcome outcome) {
        KeelUser user = CurrentUser.find().orElse(null);
        String actor = user != null ? null : nonAccountActor();
        return new Row(actor, user == null ? null : user.accountId(), studioId, action, subjectType, subjectId,
                clientId, detail, outcome);
    }

    /** Installation work runs as SYSTEM ({@code SystemAuthentication}); anything else without a login is anonymous. */
    private static String nonAccountActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM".equals(a.getAuthority()))
                ? SYSTEM : ANONYMOUS;
    }

    private void append(Row row) {
        // Write the transaction's own changes first, so the chain head is the last lock it takes: a transaction
        // holding the head never waits for another lock, and two transactions cannot deadlock over it.
        em.flush();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String detail = row.detail() == null || row.detail().length() <= MAX_DETAIL ? row.detail()
                : row.detail().substring(0, MAX_DETAIL);
        // Plain JDBC on the transaction's own connection: Hibernate re-read this native statement's parameters on
        // every call, a cost paid for each audited read (docs/performance.md).
        jdbc.sql(APPEND)
                .param("key", row.studioId() == null ? 0L : row.studioId())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", row.actor(), Types.VARCHAR)
                .param("actorId", row.actorAccountId(), Types.BIGINT)
                .param("studio", row.studioId(), Types.BIGINT)
                .param("action", row.action())
                .param("stype", row.subjectType(), Types.VARCHAR)
                .param("sid", row.subjectId(), Types.BIGINT)
                .param("client", row.clientId(), Types.BIGINT)
                .param("address", address.current(), Types.VARCHAR)
                .param("detail", detail, Types.VARCHAR)
                .param("outcome", row.outcome().name())
                .param("genesis", AuditChainHash.GENESIS)
                .update();
    }

    private record Row(String actor, Long actorAccountId, Long studioId, String action, String subjectType,
                       Long subjectId, Long clientId, String detail, Outcome outcome) {
    }
}
