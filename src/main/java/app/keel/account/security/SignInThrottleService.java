package app.keel.account.security;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Studio admins see which of their studio's logins are made to wait after failed sign-ins, and can lift the wait
 * (for example once they have spoken to the person). Address throttles belong to no studio and lapse on their own.
 */
@Service
public class SignInThrottleService {

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottleService(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<ThrottledLogin> throttled() {
        return db.sql("""
                select id, subject, failures, last_failure_at, blocked_until from sign_in_throttle
                where kind = 'ACCOUNT' and studio_id = :studio and blocked_until > :now
                order by blocked_until desc, id""")
                .param("studio", CurrentUser.require().studioId())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new ThrottledLogin(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Clears the count of one login of the admin's studio; another studio's looks like a missing one. */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public void lift(long throttleId) {
        KeelUser me = CurrentUser.require();
        int deleted = db.sql("delete from sign_in_throttle where id = :id and kind = 'ACCOUNT' and studio_id = :studio")
                .param("id", throttleId).param("studio", me.studioId()).update();
        if (deleted == 0) {
            throw new NotFoundException();
        }
        events.publishEvent(new AuditableAction("LIFT_SIGN_IN_WAIT", "SIGN_IN_THROTTLE", throttleId, me.studioId()));
    }
}
