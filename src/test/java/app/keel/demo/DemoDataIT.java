package app.keel.demo;

import app.keel.account.AccountService;
import app.keel.account.KeelUser;
import app.keel.account.Role;
import app.keel.client.ClientService;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class DemoDataIT {

    @Autowired
    StudioService studios;
    @Autowired
    AccountService accounts;
    @Autowired
    ClientService clients;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    DemoPrograms programs;

    @Test
    void seeds_one_demo_studio_once_with_working_logins() throws Exception {
        DemoData demo = new DemoData(studios, accounts, clients, users, programs);
        demo.run(null);
        demo.run(null);

        Long studioId = jdbc.queryForObject("select id from studio where name = 'Harbour Back Care Studio'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from practitioner where studio_id = ?", Integer.class, studioId))
                .isEqualTo(3);
        assertThat(jdbc.queryForList("select primary_practitioner_id, count(*) from client where studio_id = ? "
                + "group by primary_practitioner_id", studioId)).hasSize(3)
                .allSatisfy(row -> assertThat(((Number) row.get("count")).intValue()).isEqualTo(4));

        for (String email : new String[]{"maya@keel.demo", "tomas@keel.demo", "ingrid@keel.demo", "ruth@keel.demo"}) {
            var auth = authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, DemoData.PASSWORD));
            assertThat(auth.isAuthenticated()).as(email).isTrue();
        }
        assertThat(jdbc.queryForList("""
                select p.status from program p join client c on c.id = p.client_id
                where c.email = 'ruth@keel.demo'""", String.class)).containsExactly("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from program where studio_id = ?", Integer.class, studioId))
                .isEqualTo(4);
        KeelUser maya = (KeelUser) users.loadUserByUsername("maya@keel.demo");
        assertThat(maya.roles()).containsExactlyInAnyOrder(Role.STUDIO_ADMIN, Role.PRACTITIONER);
        assertThat(((KeelUser) users.loadUserByUsername("ruth@keel.demo")).roles()).containsExactly(Role.CLIENT);
    }
}
