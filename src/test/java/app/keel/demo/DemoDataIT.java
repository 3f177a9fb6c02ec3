package app.keel.demo;

import app.keel.account.AccountService;
import app.keel.account.Role;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SystemAuthentication;
import app.keel.base.db.EmbeddedRunDatabase;
import app.keel.client.ClientService;
import app.keel.logbook.ClientLogService;
import app.keel.logbook.LogSummary;
import app.keel.logbook.history.LogbookHistory;
import app.keel.logbook.psfs.PsfsService;
import app.keel.progress.CaseloadFilter;
import app.keel.progress.CaseloadRow;
import app.keel.progress.CaseloadService;
import app.keel.progress.Flag;
import app.keel.progress.RaisedFlag;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class DemoDataIT {

    /** What the one-command run has: its embedded database (these tests' database stands in for it). */
    static final Optional<EmbeddedRunDatabase> EMBEDDED = Optional.of(new EmbeddedRunDatabase("embedded"));

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
    @Autowired
    LogbookHistory history;
    @Autowired
    ClientLogService clientLogs;
    @Autowired
    Clock clock;
    @Autowired
    PsfsService psfs;
    @Autowired
    CaseloadService caseload;

    @Test
    void a_real_database_gets_no_demo_logins_whatever_the_profile() {
        String sql = "select (select count(*) from studio) || '/' || (select count(*) from user_account)";
        String before = jdbc.queryForObject(sql, String.class);
        new DemoData(studios, accounts, clients, users, programs, history, psfs, Optional.empty()).run(null);
        assertThat(jdbc.queryForObject(sql, String.class)).isEqualTo(before);
    }

    @Test
    void seeds_one_demo_studio_once_with_working_logins() throws Exception {
        DemoData demo = new DemoData(studios, accounts, clients, users, programs, history, psfs, EMBEDDED);
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
                .isEqualTo(5);
        KeelUser maya = (KeelUser) users.loadUserByUsername("maya@keel.demo");
        assertThat(maya.roles()).containsExactlyInAnyOrder(Role.STUDIO_ADMIN, Role.PRACTITIONER);
        assertThat(((KeelUser) users.loadUserByUsername("ruth@keel.demo")).roles()).containsExactly(Role.CLIENT);
    }

    /** The five logbook stories of the issue hold in the database, so the progress views have them to show. */
    @Test
    void seeds_six_weeks_of_history_telling_one_story_per_program() throws Exception {
        new DemoData(studios, accounts, clients, users, programs, history, psfs, EMBEDDED).run(null);
        KeelUser maya = (KeelUser) users.loadUserByUsername("maya@keel.demo");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(DemoData.ZONE)));

        assertThat(jdbc.queryForObject("select min(start_date) from program p join client c on c.id = p.client_id "
                + "where c.email = 'ruth@keel.demo'", LocalDate.class))
                .isEqualTo(today.minusWeeks(6).with(java.time.DayOfWeek.MONDAY));
        assertThat(jdbc.queryForObject("select count(*) from item_log l join client c on c.id = l.client_id "
                + "where c.email = 'ruth@keel.demo'", Integer.class)).isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from item_log l join studio s on s.id = l.studio_id "
                + "where s.name = 'Harbour Back Care Studio' and l.log_date >= ?", Integer.class, today))
                .as("today stays open for whoever tries the demo").isZero();

        LogSummary ruth = SystemAuthentication.callAs(maya, () -> clientLogs.summary(clientId("Ruth Ellison")));
        assertThat(ruth.adherence28().orElseThrow()).isGreaterThanOrEqualTo(80);
        LogSummary aoife = SystemAuthentication.callAs(maya, () -> clientLogs.summary(clientId("Aoife Brennan")));
        assertThat(aoife.adherence28().orElseThrow()).isLessThan(50);

        long margaret = clientId("Margaret Osei");
        assertThat(jdbc.queryForObject("select count(*) from item_log where client_id = ? and log_date > ?",
                Integer.class, margaret, today.minusDays(5))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ? and check_date > ?",
                Integer.class, margaret, today.minusDays(5))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from item_log where client_id = ?", Integer.class, margaret))
                .isGreaterThan(50);

        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ? and flare_up",
                Integer.class, clientId("Tom Ashworth"))).isEqualTo(1);

        long george = clientId("George Whitfield");
        double lastWeek = averageWorstPain(george, today.minusDays(6), today);
        double weekBefore = averageWorstPain(george, today.minusDays(13), today.minusDays(7));
        assertThat(lastWeek).isGreaterThanOrEqualTo(weekBefore + 3);
        assertThat(jdbc.queryForObject("select min(worst_pain) from check_in where check_date < ? and client_id in "
                + "(select id from client where full_name in ('Ruth Ellison', 'Margaret Osei', 'Aoife Brennan'))",
                Integer.class, today)).isGreaterThanOrEqualTo(2);

        List<List<Integer>> psfs = jdbc.queryForList("select a.id from psfs_activity a join client c "
                + "on c.id = a.client_id where c.full_name = 'Ruth Ellison'", Long.class).stream()
                .map(id -> jdbc.queryForList("select score from psfs_rating where activity_id = ? order by rated_on",
                        Integer.class, id)).toList();
        assertThat(psfs).hasSize(3).allSatisfy(scores -> {
            assertThat(scores).hasSizeGreaterThanOrEqualTo(3).isSorted();
            assertThat(scores.getLast()).isGreaterThan(scores.getFirst());
        });
    }

    /** The demo's stories between them raise every kind of flag, so a fresh demo shows what each one means. */
    @Test
    void the_demo_caseload_shows_every_kind_of_flag() throws Exception {
        new DemoData(studios, accounts, clients, users, programs, history, psfs, EMBEDDED).run(null);
        KeelUser maya = (KeelUser) users.loadUserByUsername("maya@keel.demo");
        List<CaseloadRow> rows = SystemAuthentication.callAs(maya,
                () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 50));
        assertThat(rows.stream().flatMap(r -> r.flags().stream()).map(RaisedFlag::flag).distinct())
                .containsExactlyInAnyOrder(Flag.values());
        assertThat(rows.stream().filter(r -> r.fullName().equals("George Whitfield")).findFirst().orElseThrow()
                .has(Flag.PAIN_UP)).isTrue();
        assertThat(rows.stream().filter(r -> r.fullName().equals("Tom Ashworth")).findFirst().orElseThrow()
                .has(Flag.FLARE_UP)).isTrue();
        assertThat(rows.getFirst().urgency()).isGreaterThanOrEqualTo(Flag.FLARE_UP.weight());
    }

    private long clientId(String name) {
        return jdbc.queryForObject("select c.id from client c join studio s on s.id = c.studio_id "
                + "where s.name = 'Harbour Back Care Studio' and c.full_name = ?", Long.class, name);
    }

    private double averageWorstPain(long clientId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select avg(worst_pain) from check_in where client_id = ? "
                + "and check_date between ? and ?", Double.class, clientId, from, to);
    }
}
