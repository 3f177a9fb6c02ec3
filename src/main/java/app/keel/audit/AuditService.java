package app.keel.audit;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio admin's view of the studio's audit trail and its verification. Only admins, only their own studio:
 * every query is bound to the caller's studio, so another studio's people, clients and events do not exist here.
 */
@Service
public class AuditService {

    /** A page is one statement: the events with the names of the person and the client joined in. */
    private static final String PAGE = """
            select e.id, e.occurred_at, e.actor_account_id, coalesce(u.display_name, e.actor), e.action,
                   e.subject_type, e.subject_id, e.client_id, c.full_name, e.client_address, e.outcome, e.detail
            from audit_event e
            left join user_account u on u.id = e.actor_account_id and u.studio_id = e.studio_id
            left join client c on c.id = e.client_id and c.studio_id = e.studio_id
            where e.studio_id = :studio""";

    private final AuditChain chain;
    @PersistenceContext
    private EntityManager em;

    AuditService(AuditChain chain) {
        this.chain = chain;
    }

    /** Newest first. Each filter has an index that starts with the studio and ends with the time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        KeelUser me = CurrentUser.require();
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        StringBuilder sql = new StringBuilder(PAGE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("studio", me.studioId());
        if (f.personId() != null) {
            sql.append(" and e.actor_account_id = :person");
            params.put("person", f.personId());
        }
        if (f.clientId() != null) {
            sql.append(" and e.client_id = :client");
            params.put("client", f.clientId());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            sql.append(" and e.action = :kind");
            params.put("kind", f.kind());
        }
        ZoneId zone = me.zoneId();
        if (f.from() != null) {
            sql.append(" and e.occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(f.from().atStartOfDay(zone).toInstant(), zone));
        }
        if (f.to() != null) {
            sql.append(" and e.occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(f.to().plusDays(1).atStartOfDay(zone).toInstant(), zone));
        }
        sql.append(" order by e.occurred_at desc, e.id desc limit :limit offset :offset");
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AuditService::entry).toList();
    }

    /** Everyone of the studio with a login: staff and clients. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<AuditOption> people() {
        return options("select id, display_name from user_account where studio_id = ?1 order by display_name, id");
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<AuditOption> clients() {
        return options("select id, full_name from client where studio_id = ?1 order by full_name, id");
    }

    /** The kinds of event the studio's trail holds. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<String> kinds() {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery(
                        "select distinct action from audit_event where studio_id = ?1 order by action")
                .setParameter(1, CurrentUser.require().studioId()).getResultList();
        return kinds;
    }

    /** Recomputes the studio's chain: "All N events verified." or the first broken link. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public ChainCheck verify() {
        return chain.verify(CurrentUser.require().studioId());
    }

    private List<AuditOption> options(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, CurrentUser.require().studioId())
                .getResultList();
        return rows.stream().map(r -> new AuditOption(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    private static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), instant(r[1]), asLong(r[2]), (String) r[3],
                (String) r[4], (String) r[5], asLong(r[6]), asLong(r[7]), (String) r[8], (String) r[9],
                "SUCCESS".equals(r[10]), (String) r[11]);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected time value " + value.getClass());
        };
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
