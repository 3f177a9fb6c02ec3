package app.keel.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The account's newest link: what an inviting page must have seen before it sends another. */
    Optional<Invitation> findFirstByAccountIdOrderByIdDesc(long accountId);

    /** A new link replaces the older ones of the same account, so only the newest works. */
    @Modifying
    @Query("update Invitation i set i.revoked = true where i.accountId = :accountId and i.usedAt is null")
    void revokeOpen(long accountId);
}
