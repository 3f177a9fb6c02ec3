package app.keel.privacy;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.privacy.ClientTables.Table;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * Erasure on a client's request: a studio admin deletes the client's profile, programs, logs, check-ins, PSFS and
 * consent records, and their login with its invitations and sign-in records. Nothing is kept in anonymised form:
 * deleting is the irreversible choice that needs no judgement about what could identify someone. The audit trail
 * keeps its rows (identifiers only; see docs/data-protection.md). Studio templates and other clients are untouched.
 */
@Service
public class ErasureService {

    static final String ERASED = "CLIENT_ERASED";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ErasureService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public ErasurePreview preview(long clientId) {
        Target client = target(clientId);
        return new ErasurePreview(client.id(), client.fullName(), client.accountId() != null,
                count("program", clientId), count("item_log", clientId), count("check_in", clientId),
                count("psfs_rating", clientId), count("consent_record", clientId));
    }

    /** Erases the client once the admin has typed the client's name (case and outer spaces aside). */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public void erase(long clientId, String typedName) {
        Target client = target(clientId);
        if (typedName == null || !normal(typedName).equals(normal(client.fullName()))) {
            throw InvalidInputException.of("confirmation",
                    "Type the client's name exactly as shown to confirm. Nothing was erased.");
        }
        for (Table table : ClientTables.ALL.reversed()) {
            jdbc.sql("delete from " + table.name() + " t where " + table.where()).param("clientId", clientId).update();
        }
        if (client.accountId() != null) {
            eraseLogin(client.accountId());
        }
        events.publishEvent(new AuditableAction(ERASED, "CLIENT", clientId, client.studioId()));
    }

    /** A client-only login goes with its invitations and sign-in records; a login that is also staff stays. */
    private void eraseLogin(long accountId) {
        String roles = jdbc.sql("select roles from user_account where id = :id").param("id", accountId)
                .query(String.class).single();
        if (!List.of(roles.split(",")).equals(List.of("CLIENT"))) {
            return;
        }
        jdbc.sql("delete from invitation where account_id = :id").param("id", accountId).update();
        jdbc.sql("delete from sign_in_known_address where account_id = :id").param("id", accountId).update();
        jdbc.sql("""
                delete from sign_in_throttle where kind = 'ACCOUNT'
                  and subject = (select lower(email) from user_account where id = :id)""")
                .param("id", accountId).update();
        jdbc.sql("delete from user_account where id = :id").param("id", accountId).update();
    }

    private Target target(long clientId) {
        KeelUser me = CurrentUser.require();
        return jdbc.sql("select id, studio_id, full_name, account_id from client where id = :id and studio_id = :studioId")
                .param("id", clientId).param("studioId", me.studioId())
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4)))
                .optional().orElseThrow(NotFoundException::new);
    }

    private int count(String tableName, long clientId) {
        Table table = ClientTables.ALL.stream().filter(t -> t.name().equals(tableName)).findFirst().orElseThrow();
        return jdbc.sql("select count(*) from " + table.name() + " t where " + table.where())
                .param("clientId", clientId).query(Integer.class).single();
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Target(long id, long studioId, String fullName, Long accountId) {
    }
}
