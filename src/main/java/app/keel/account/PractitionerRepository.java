package app.keel.account;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {

    Optional<Practitioner> findByAccountId(long accountId);

    Optional<Practitioner> findByIdAndStudioId(long id, long studioId);

    @Query("""
            select new app.keel.account.PractitionerOption(p.id, p.fullName)
            from Practitioner p join UserAccount a on a.id = p.accountId
            where p.studioId = :studioId and a.enabled = true order by lower(p.fullName), p.id""")
    List<PractitionerOption> options(long studioId);

    @Query("""
            select new app.keel.account.PractitionerOption(p.id, p.fullName)
            from Practitioner p join UserAccount a on a.id = p.accountId
            where p.id = :id and p.studioId = :studioId and a.enabled = true""")
    Optional<PractitionerOption> activeOption(long id, long studioId);

    /** Practitioners whose login is on: the ones who may take over clients. */
    @Query("""
            select p.id from Practitioner p join UserAccount a on a.id = p.accountId
            where p.studioId = :studioId and a.enabled = true""")
    Set<Long> activeIds(long studioId);

    @Query("""
            select new app.keel.account.PractitionerSummary(p.id, p.fullName, a.email, a.roles,
                   case when a.passwordHash is null then false else true end, a.enabled,
                   coalesce((select max(i.id) from Invitation i where i.accountId = a.id), 0))
            from Practitioner p join UserAccount a on a.id = p.accountId
            where p.studioId = :studioId
              and (lower(p.fullName) like :text escape '\\' or lower(a.email) like :text escape '\\')""")
    Slice<PractitionerSummary> page(long studioId, String text, Pageable pageable);
}
