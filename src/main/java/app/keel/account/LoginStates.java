package app.keel.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * What a login may do right now, read by primary key for every request of a signed-in person (the session check in
 * {@code SignedInAccountFilter}). Plain JDBC on purpose: one short statement in auto-commit, without an entity, a JPA
 * transaction and a repository proxy around it, which cost several times the query itself on every click.
 */
@Component
public class LoginStates {

    /** The parts of a login that decide what its sessions may do. */
    public record LoginState(boolean enabled, boolean readOnly, Set<Role> roles) {
    }

    private static final RolesConverter ROLES = new RolesConverter();
    private final JdbcClient jdbc;

    LoginStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LoginState> find(long accountId) {
        return jdbc.sql("select enabled, read_only, roles from user_account where id = ?")
                .param(accountId)
                .query((rs, n) -> new LoginState(rs.getBoolean(1), rs.getBoolean(2),
                        ROLES.convertToEntityAttribute(rs.getString(3))))
                .optional();
    }
}
