package app.keel.account.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins and password checks per account and per client address and makes the next try wait,
 * longer after each further failure (OWASP ASVS V2.2.1). Each count has its own transaction, so a failure is kept even
 * when the caller's work rolls back.
 * <p>
 * A real person is not locked out for long by a stranger: the wait is capped, a right password after it works, and an
 * address the account signed in from before is not held by the account's count (only by its own address count).
 * The account's count is kept for the e-mail typed, known or not, so the answer never tells whether it has a login.
 */
@Component
public class SignInAttempts {

    /** Failures allowed for one account before each further try waits. */
    static final int ACCOUNT_FREE = 10;
    /** Failures allowed from one address (a studio's shared connection has several people behind it). */
    static final int ADDRESS_FREE = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** A count with no new failure for this long starts again from one. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final Duration KNOWN_ADDRESS_FOR = Duration.ofDays(90);

    private final JdbcClient db;
    private final Clock clock;

    SignInAttempts(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param address the client's address, or null where there is none (a password change checks the account only)
     * @throws SignInThrottledException while the account or the address must wait
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        String account = normalise(email);
        Optional<Instant> until = blockedUntil("ADDRESS", address);
        if (!knownAddress(account, address, now)) {
            until = later(until, blockedUntil("ACCOUNT", account));
        }
        until.filter(now::isBefore).ifPresent(u -> {
            throw new SignInThrottledException(Duration.between(now, u));
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String address) {
        String account = normalise(email);
        Long studioId = db.sql("select studio_id from user_account where lower(email) = :email")
                .param("email", account).query(Long.class).optional().orElse(null);
        count("ACCOUNT", account, studioId, ACCOUNT_FREE);
        if (address != null) {
            count("ADDRESS", address, null, ADDRESS_FREE);
        }
    }

    /** A right password clears the account's count and remembers the address; the address count runs on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(KeelUser user, String address) {
        db.sql("delete from sign_in_throttle where kind = 'ACCOUNT' and subject = :subject")
                .param("subject", normalise(user.email())).update();
        if (address != null) {
            db.sql("""
                    insert into sign_in_known_address (studio_id, account_id, address, last_success_at)
                    values (:studio, :account, :address, :now)
                    on conflict (account_id, address) do update set last_success_at = excluded.last_success_at""")
                    .param("studio", user.studioId()).param("account", user.accountId())
                    .param("address", address).param("now", at(clock.instant())).update();
        }
    }

    private void count(String kind, String subject, Long studioId, int free) {
        Instant now = clock.instant();
        int failures = db.sql("""
                insert into sign_in_throttle (kind, subject, studio_id, failures, last_failure_at)
                values (:kind, :subject, :studio, 1, :now)
                on conflict (kind, subject) do update set
                  failures = case when sign_in_throttle.last_failure_at < :forget then 1
                                  else sign_in_throttle.failures + 1 end,
                  studio_id = excluded.studio_id,
                  last_failure_at = excluded.last_failure_at
                returning failures""")
                .param("kind", kind).param("subject", subject).param("studio", studioId).param("now", at(now))
                .param("forget", at(now.minus(FORGET_AFTER))).query(Integer.class).single();
        if (failures >= free) {
            db.sql("update sign_in_throttle set blocked_until = :until where kind = :kind and subject = :subject")
                    .param("until", at(now.plus(waitAfter(failures - free)))).param("kind", kind)
                    .param("subject", subject).update();
        }
    }

    /** 30 s after the last free failure, doubling with each further one, never more than 15 minutes. */
    static Duration waitAfter(int extraFailures) {
        int doublings = Math.min(extraFailures, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private Optional<Instant> blockedUntil(String kind, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return db.sql("select blocked_until from sign_in_throttle where kind = :kind and subject = :subject")
                .param("kind", kind).param("subject", subject).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant);
    }

    private boolean knownAddress(String email, String address, Instant now) {
        return address != null && db.sql("""
                select count(*) > 0 from sign_in_known_address k join user_account a on a.id = k.account_id
                where lower(a.email) = :email and k.address = :address and k.last_success_at > :since""")
                .param("email", email).param("address", address).param("since", at(now.minus(KNOWN_ADDRESS_FOR)))
                .query(Boolean.class).single();
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    static String normalise(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return e.length() > 254 ? e.substring(0, 254) : e;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
