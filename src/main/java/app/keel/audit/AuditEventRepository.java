package app.keel.audit;

import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

import java.util.stream.Stream;

/** Reads chains for verification. Append-only: rows are only ever inserted (by {@link AuditTrail}). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    @Query("select e from AuditEvent e where e.studioId = :studioId order by e.chainSeq")
    @QueryHints(@QueryHint(name = "org.hibernate.fetchSize", value = "500"))
    Stream<AuditEvent> studioChain(long studioId);

    @Query("select e from AuditEvent e where e.studioId is null order by e.chainSeq")
    @QueryHints(@QueryHint(name = "org.hibernate.fetchSize", value = "500"))
    Stream<AuditEvent> chainWithoutStudio();
}
