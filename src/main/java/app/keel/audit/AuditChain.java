package app.keel.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit trail's hash chains: one per studio, one for events without a studio (a failed sign-in with an unknown
 * e-mail). Verification recomputes every hash in Java and names the first broken link. Not a security boundary:
 * the admin reaches it through {@link AuditService#verify()}, the command line through {@link AuditVerifyCommand}.
 */
@Component
public class AuditChain {

    private final AuditEventRepository events;
    @PersistenceContext
    private EntityManager em;

    AuditChain(AuditEventRepository events) {
        this.events = events;
    }

    /** Verifies one studio's chain, or the chain without a studio when {@code studioId} is null. */
    @Transactional(readOnly = true)
    public ChainCheck verify(Long studioId) {
        ChainVerifier verifier = new ChainVerifier(studioId);
        try (Stream<AuditEvent> rows = studioId == null ? events.chainWithoutStudio() : events.studioChain(studioId)) {
            Iterator<AuditEvent> it = rows.iterator();
            while (it.hasNext()) {
                AuditEvent row = it.next();
                boolean ok = verifier.accept(row.chained());
                em.detach(row);
                if (!ok) {
                    break;
                }
            }
        }
        Object[] head = head(studioId == null ? 0 : studioId);
        return verifier.finish(head == null ? null : ((Number) head[0]).longValue(),
                head == null ? null : (String) head[1]);
    }

    /** Every chain of the installation, the chain without a studio first. */
    @Transactional(readOnly = true)
    public List<ChainCheck> verifyAll() {
        List<ChainCheck> checks = new ArrayList<>();
        checks.add(verify(null));
        @SuppressWarnings("unchecked")
        List<Number> keys = em.createNativeQuery("""
                select chain_key from audit_chain_head where chain_key <> 0
                union select distinct studio_id from audit_event where studio_id is not null
                order by 1""").getResultList();
        keys.forEach(key -> checks.add(verify(key.longValue())));
        return checks;
    }

    /**
     * A checksum of a studio's chain head ("number of events:hash of the newest"), or "0:" for an empty chain. Two
     * databases with the same head hold the same chain (a backup restored intact answers what the original did).
     */
    @Transactional(readOnly = true)
    public String head(Long studioId) {
        Object[] head = head(studioId == null ? 0 : studioId);
        return head == null ? "0:" : ((Number) head[0]).longValue() + ":" + head[1];
    }

    private Object[] head(long chainKey) {
        List<?> rows = em.createNativeQuery("select last_seq, last_hash from audit_chain_head where chain_key = ?1")
                .setParameter(1, chainKey).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.getFirst();
    }
}
