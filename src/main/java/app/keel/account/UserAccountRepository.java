package app.keel.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.email) = lower(:email)")
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    @Query("select count(a) > 0 from UserAccount a where lower(a.email) = lower(:email)")
    boolean emailTaken(String email);

    Optional<UserAccount> findByIdAndStudioId(long id, long studioId);

    /** A re-hash of the same password (a cost upgrade at sign-in): not an edit, so the version stays. */
    @Modifying
    @Query("update UserAccount a set a.passwordHash = :hash where a.id = :id")
    int updatePasswordHash(long id, String hash);

    @Query("select new app.keel.account.StudioSettings(s.timeZone, s.locale) from Studio s where s.id = :studioId")
    StudioSettings studioSettings(long studioId);
}
