package app.keel.privacy;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientService;
import app.keel.privacy.ConsentDecision.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The studio's versioned privacy notice and each client's consent to it. Accepting and withdrawing are recorded
 * with the time, the notice version and the client's address, and never changed afterwards: the newest record is
 * the client's current state.
 */
@Service
public class ConsentService {

    static final int MAX_NOTICE = 20_000;
    private static final int MAX_ADDRESS = 64;

    private final JdbcClient jdbc;
    private final ClientService clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(JdbcClient jdbc, ClientService clients, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /** The notice clients of the caller's studio are asked to accept now. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PrivacyNotice currentNotice() {
        return current(CurrentUser.require().studioId());
    }

    /** Saves the text as the next version; every client is asked again on their next visit. */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public PrivacyNotice saveNotice(String body) {
        KeelUser me = CurrentUser.require();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("body", "Write the notice before saving it.");
        }
        if (text.length() > MAX_NOTICE) {
            throw InvalidInputException.of("body", "The notice can be at most " + MAX_NOTICE + " characters long.");
        }
        if (text.equals(current(me.studioId()).body())) {
            throw InvalidInputException.of("body", "Nothing has changed, so there is no new version to save.");
        }
        long id = store(me.studioId(), text, me.email());
        events.publishEvent(new AuditableAction("PRIVACY_NOTICE_SAVED", "PRIVACY_NOTICE", id, me.studioId()));
        return current(me.studioId());
    }

    /** The signed-in client's decisions and the current notice: the portal asks again when this needs consent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public ConsentStatus myStatus() {
        return status(clients.me().id(), CurrentUser.require().studioId());
    }

    /** The client agrees to the version they were shown; a newer version in between must be read first. */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public ConsentStatus accept(int shownVersion, String clientAddress) {
        KeelUser me = CurrentUser.require();
        long clientId = clients.me().id();
        PrivacyNotice notice = current(me.studioId());
        if (shownVersion != notice.version()) {
            throw InvalidInputException.of("version",
                    "The privacy notice changed while you were reading it. Please read the new version.");
        }
        if (notice.builtIn()) {
            // Two clients agreeing at the same moment both store version 1: the second insert is a no-op.
            jdbc.sql("""
                            insert into privacy_notice (studio_id, version, body, created_by, created_at)
                            values (:studioId, 1, :body, 'Keel', :now)
                            on conflict (studio_id, version) do nothing""")
                    .param("studioId", me.studioId()).param("body", notice.body())
                    .param("now", Timestamp.from(clock.instant())).update();
        }
        record(me, clientId, notice.version(), Decision.ACCEPTED, clientAddress);
        return status(clientId, me.studioId());
    }

    /** Withdraws the client's consent: recorded, and the portal stops offering logging until they agree again. */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public ConsentStatus withdraw(String clientAddress) {
        KeelUser me = CurrentUser.require();
        long clientId = clients.me().id();
        ConsentStatus status = status(clientId, me.studioId());
        if (!status.agreed()) {
            throw InvalidInputException.of("", "You have not agreed to the privacy notice, so there is nothing to "
                    + "withdraw.");
        }
        record(me, clientId, status.history().getFirst().noticeVersion(), Decision.WITHDRAWN, clientAddress);
        return status(clientId, me.studioId());
    }

    /** A client's consent for staff who may see the client; anyone else gets "not found". */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ConsentStatus clientStatus(long clientId) {
        return status(clients.reference(clientId).id(), CurrentUser.require().studioId());
    }

    private PrivacyNotice current(long studioId) {
        Optional<PrivacyNotice> stored = jdbc.sql("""
                        select version, body, created_at from privacy_notice where studio_id = :studioId
                        order by version desc limit 1""")
                .param("studioId", studioId)
                .query((rs, n) -> new PrivacyNotice(rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), false)).optional();
        return stored.orElseGet(() -> new PrivacyNotice(1, DefaultNotice.TEXT, null, true));
    }

    /** The next version; two admins saving at once cannot both get the same number (unique key). */
    private long store(long studioId, String body, String author) {
        return jdbc.sql("""
                        insert into privacy_notice (studio_id, version, body, created_by, created_at)
                        select :studioId, coalesce(max(version), 0) + 1, :body, :author, :now
                        from privacy_notice where studio_id = :studioId
                        returning id""")
                .param("studioId", studioId).param("body", body).param("author", author)
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    private void record(KeelUser me, long clientId, int version, Decision decision, String address) {
        String from = address == null || address.isBlank() ? null
                : address.strip().substring(0, Math.min(MAX_ADDRESS, address.strip().length()));
        jdbc.sql("""
                        insert into consent_record (studio_id, client_id, notice_id, notice_version, decision, decided_at,
                          client_address)
                        select :studioId, :clientId, n.id, n.version, :decision, :now, :address
                        from privacy_notice n where n.studio_id = :studioId and n.version = :version""")
                .param("studioId", me.studioId()).param("clientId", clientId).param("decision", decision.name())
                .param("now", Timestamp.from(clock.instant())).param("address", from).param("version", version)
                .update();
        events.publishEvent(new AuditableAction("CONSENT_" + decision.name(), "CLIENT", clientId, me.studioId()));
    }

    private ConsentStatus status(long clientId, long studioId) {
        List<ConsentDecision> history = jdbc.sql("""
                        select notice_version, decision, decided_at, client_address from consent_record
                        where client_id = :clientId and studio_id = :studioId order by decided_at desc, id desc""")
                .param("clientId", clientId).param("studioId", studioId)
                .query((rs, n) -> new ConsentDecision(rs.getInt(1), Decision.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
        return new ConsentStatus(clientId, current(studioId), history);
    }
}
