package app.keel.client;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every query takes the caller's studio and caseload: {@code everyone} for studio admins, otherwise only
 * clients whose primary practitioner is the caller or who are shared with them.
 */
interface ClientRepository extends JpaRepository<Client, Long> {

    String VISIBLE = Caseload.VISIBLE;

    @Query("""
            select new app.keel.client.ClientSummary(c.id, c.fullName, c.email, c.status, p.fullName, c.lastActivityAt)
            from Client c join Practitioner p on p.id = c.primaryPractitionerId
            where""" + " " + VISIBLE + """
             and (lower(c.fullName) like :text escape '\\' or lower(c.email) like :text escape '\\')
             and c.status in :statuses""")
    Slice<ClientSummary> page(long studioId, boolean everyone, long practitionerId, String text,
                              Collection<ClientStatus> statuses, Pageable pageable);

    @Query("select c from Client c where c.id = :id and " + VISIBLE)
    Optional<Client> findVisible(long id, long studioId, boolean everyone, long practitionerId);

    @Query("select c from Client c where c.studioId = :studioId and c.accountId = :accountId")
    Optional<Client> findByAccount(long studioId, long accountId);

    @Query("select count(c) > 0 from Client c where c.studioId = :studioId and lower(c.email) = lower(:email) "
            + "and c.id <> :exceptId")
    boolean emailTaken(long studioId, String email, long exceptId);

    @Query("select p.fullName from Practitioner p where p.id = :practitionerId")
    String practitionerName(long practitionerId);

    @Query("""
            select case when a.enabled = false then 'OFF' when a.passwordHash is null then 'INVITED'
                        when a.readOnly = true then 'READ_ONLY' else 'ACTIVE' end
            from UserAccount a where a.id = :accountId""")
    String loginState(long accountId);

    @Query("select coalesce(max(i.id), 0) from Invitation i where i.accountId = :accountId")
    long newestInvitation(long accountId);

    @Query("""
            select c from Client c where c.studioId = :studioId and c.primaryPractitionerId = :practitionerId
            order by lower(c.fullName), c.id""")
    List<Client> primaryClientsOf(long studioId, long practitionerId);

    @Modifying
    @Query("delete from ClientShare s where s.studioId = :studioId and s.practitionerId = :practitionerId")
    int removeShares(long studioId, long practitionerId);

    @Modifying
    @Query("update Client c set c.lastActivityAt = :at where c.accountId = :accountId")
    int touch(long accountId, Instant at);
}
