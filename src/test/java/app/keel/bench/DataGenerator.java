package app.keel.bench;

import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fills an already-migrated Keel schema with a large, plausible data set for measuring queries: studios, their
 * practitioners (with logins), clients (each with a client login), one active 12-week program per client with four
 * items on built-in exercises, item logs over the last 60 days and daily check-ins. Everything is set-based SQL
 * ({@code insert ... select ... generate_series}), so the default size takes about a minute, not hours.
 * <p>
 * Reusable: every run tags its rows (e-mails {@code c<n>-<tag>@gen.keel}, studio names {@code Gen <tag> <n>}), so
 * it can run on a database that already holds data, even twice. All logins share one password ({@link #PASSWORD},
 * hashed once, as the app hashes): sign in as {@code p0-<tag>@gen.keel} to browse a practitioner's caseload.
 * <p>
 * Run: {@code java -cp <test classpath> app.keel.bench.DataGenerator jdbc:postgresql://localhost:5432/keel user pw
 * [studios clients itemLogs checkIns]}; {@code -Dkeel.generator.pbkdf2-iterations=1000} stores the logins' hash at that
 * count (see {@link #hashAt}). The exercise table is filled by the app at start-up; if it is empty, a few
 * built-ins are added here so the data set stands on its own.
 */
public final class DataGenerator {

    /** Days back from yesterday over which logs and check-ins are spread. */
    static final int DAYS = 60;
    static final int ITEMS_PER_PROGRAM = 4;
    public static final int PRACTITIONERS_PER_STUDIO = 5;
    /** Every generated login signs in with this password (to look at the data set in the browser). */
    public static final String PASSWORD = "keel-generated-2026";

    public record Sizes(int studios, int clients, int itemLogs, int checkIns) {
        public static final Sizes DEFAULT = new Sizes(100, 100_000, 1_000_000, 300_000);

        void check() {
            if (studios < 1 || clients < studios) {
                throw new IllegalArgumentException("need at least one studio and one client per studio");
            }
            if (itemLogs > (long) clients * ITEMS_PER_PROGRAM * DAYS || checkIns > (long) clients * DAYS) {
                throw new IllegalArgumentException("more logs than (item, day) or (client, day) slots in " + DAYS
                        + " days: raise the clients");
            }
        }
    }

    /** What one run made: its tag (to find its rows again) and the sizes. */
    public record Result(String tag, Sizes sizes, long millis) {
        public String clientEmail(int n) {
            return "c" + n + "-" + tag + "@gen.keel";
        }
    }

    private DataGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: DataGenerator <jdbc-url> <user> <password> [studios clients itemLogs checkIns]");
            System.exit(2);
        }
        Sizes sizes = args.length >= 7 ? new Sizes(Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]), Integer.parseInt(args[6])) : Sizes.DEFAULT;
        Integer iterations = Integer.getInteger("keel.generator.pbkdf2-iterations");
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            Result r = iterations == null ? generate(c, sizes) : generate(c, sizes, hashAt(iterations));
            System.out.printf(Locale.ROOT, "Generated %s in %.1f s (tag %s)%n", r.sizes(), r.millis() / 1000.0,
                    r.tag());
        }
    }

    /** Generates into the connection's database in one transaction, then ANALYZEs. */
    public static Result generate(Connection c, Sizes sizes) throws SQLException {
        // The app's encoding (see SecurityConfig), computed once: hashing per row would take hours.
        return generate(c, sizes, "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
    }

    /**
     * The stored form of {@link #PASSWORD} for an app whose encoder runs PBKDF2-HMAC-SHA-256 at this count (the tag
     * {@code SecurityConfig} writes), so sign-ins match without a hash upgrade. The load test runs the app with a low
     * count ({@code keel.password.pbkdf2-iterations} in its test-only profile) to measure the app, not PBKDF2.
     */
    public static String hashAt(int iterations) {
        return "{pbkdf2-sha256@" + iterations + "}" + new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256).encode(PASSWORD);
    }

    /** Generates with the given stored password hash for every login; see {@link #hashAt}. */
    public static Result generate(Connection c, Sizes sizes, String hash) throws SQLException {
        sizes.check();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            step(s, "studios", """
                    insert into studio (name, time_zone, locale)
                    select 'Gen %1$s ' || n, 'Europe/London', 'en-GB' from generate_series(1, %2$d) n""",
                    tag, sizes.studios());
            // Numbered views of this run's rows, so the following steps join on small integers.
            step(s, "studio map", """
                    create temp table gen_studio on commit drop as
                    select row_number() over (order by id) - 1 as n, id from studio where name like 'Gen %1$s %%'""",
                    tag);
            step(s, "practitioner logins", """
                    insert into user_account (studio_id, email, display_name, roles, password_hash)
                    select st.id, 'p' || (st.n * %2$d + k) || '-%1$s@gen.keel', 'Practitioner ' || (st.n * %2$d + k),
                           'PRACTITIONER', '%3$s'
                    from gen_studio st cross join generate_series(0, %2$d - 1) k""",
                    tag, PRACTITIONERS_PER_STUDIO, hash);
            step(s, "practitioners", """
                    insert into practitioner (studio_id, account_id, full_name)
                    select studio_id, id, display_name from user_account where email like 'p%%-%1$s@gen.keel'""",
                    tag);
            step(s, "practitioner map", """
                    create temp table gen_practitioner on commit drop as
                    select p.id, st.n as studio_n,
                           row_number() over (partition by p.studio_id order by p.id) - 1 as k
                    from practitioner p join gen_studio st on st.id = p.studio_id""");
            step(s, "client logins", """
                    insert into user_account (studio_id, email, display_name, roles, password_hash)
                    select st.id, 'c' || cn || '-%1$s@gen.keel', 'Client ' || cn, 'CLIENT', '%4$s'
                    from generate_series(0, %2$d - 1) cn join gen_studio st on st.n = cn %% %3$d""",
                    tag, sizes.clients(), sizes.studios(), hash);
            step(s, "clients", """
                    insert into client (studio_id, account_id, full_name, email, primary_practitioner_id, status,
                                        last_activity_at)
                    select a.studio_id, a.id, a.display_name, a.email, p.id, 'ACTIVE',
                           now() - (n %% %2$d) * interval '1 day'
                    from (select id, studio_id, display_name, email,
                                 substring(email from 2 for position('-' in email) - 2)::int as n
                          from user_account where email like 'c%%-%1$s@gen.keel') a
                    join gen_practitioner p on p.studio_n = a.n %% %3$d and p.k = (a.n / %3$d) %% %4$d""",
                    tag, DAYS, sizes.studios(), PRACTITIONERS_PER_STUDIO);
            step(s, "client map", """
                    create temp table gen_client on commit drop as
                    select substring(email from 2 for position('-' in email) - 2)::int as n, id, studio_id,
                           primary_practitioner_id
                    from client where email like 'c%%-%1$s@gen.keel'""", tag);
            s.execute("create unique index on gen_client (n)");
            ensureExercises(s);
            // Twelve weeks, every day, started 63 days ago: the 60 days of logs all fall inside it.
            step(s, "programs", """
                    insert into program (studio_id, client_id, author_practitioner_id, kind, title, start_date, weeks,
                                         schedule_days, sessions_per_day, status)
                    select studio_id, id, primary_practitioner_id, 'LOAD_PROGRESSION', 'Generated program',
                           current_date - 63, 12, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY', 1,
                           'ACTIVE'
                    from gen_client""");
            s.execute("alter table gen_client add column program_id bigint");
            s.execute("update gen_client g set program_id = p.id from program p where p.client_id = g.id");
            step(s, "prescriptions", """
                    insert into prescription (studio_id, program_id, exercise_id, position, sets, reps, load_kind,
                                              load_kg)
                    select g.studio_id, g.program_id, e.id, k, 3, 10, case when k >= 2 then 'KG' else 'BODYWEIGHT' end,
                           case when k >= 2 then 8 + 2 * (g.n %% 5) end
                    from gen_client g cross join generate_series(0, %1$d - 1) k
                    join (select row_number() over (order by id) - 1 as r, id from exercise
                          where studio_id is null) e
                      on e.r = (g.n * 7 + k * 13) %% (select count(*) from exercise where studio_id is null)""",
                    ITEMS_PER_PROGRAM);
            step(s, "item map", """
                    create temp table gen_item on commit drop as
                    select g.n, i.position as k, i.id from gen_client g join prescription i on i.program_id = g.program_id""");
            s.execute("create unique index on gen_item (n, k)");
            // Log j of client n: item j %% 4, day (j / 4 + n) %% 60 back from yesterday, so (item, day) never repeats.
            step(s, "item logs", """
                    insert into item_log (studio_id, client_id, program_id, prescription_id, log_date, outcome,
                                          sets_done, reps_done, load_kg, rpe, form_held, pain_during, note, logged_at)
                    select g.studio_id, g.id, g.program_id, i.id, current_date - 1 - ((x.j / %2$d + x.n) %% %3$d),
                           o.outcome, case when o.outcome <> 'SKIPPED' then 3 end,
                           case when o.outcome = 'DONE' then 10 when o.outcome = 'PARTLY' then 6 end,
                           case when x.j %% %2$d >= 2 and o.outcome <> 'SKIPPED' then 10 end,
                           case when o.outcome <> 'SKIPPED' then 4 + x.r %% 4 end, true, x.r %% 4,
                           case when x.r %% 20 = 0 then 'Felt fine today.' end,
                           (current_date - 1 - ((x.j / %2$d + x.n) %% %3$d)) + time '19:00'
                    from (select r, (r %% %1$d)::int as n, (r / %1$d)::int as j
                          from generate_series(0, %4$d - 1) r) x
                    cross join lateral (select case when x.r %% 10 < 8 then 'DONE' when x.r %% 10 = 8 then 'PARTLY'
                                                    else 'SKIPPED' end as outcome) o
                    join gen_client g on g.n = x.n
                    join gen_item i on i.n = x.n and i.k = x.j %% %2$d""",
                    sizes.clients(), ITEMS_PER_PROGRAM, DAYS, sizes.itemLogs());
            step(s, "check-ins", """
                    insert into check_in (studio_id, client_id, check_date, pain_now, worst_pain, stiffness,
                                          sleep_quality, stress, confidence, flare_up, note, saved_at)
                    select g.studio_id, g.id, current_date - 1 - ((x.j + x.n) %% %2$d), 2 + x.r %% 3, 3 + x.r %% 3,
                           2 + x.r %% 4, 6 + x.r %% 3, 3 + x.r %% 4, 6 + x.r %% 4, x.r %% 97 = 0,
                           case when x.r %% 15 = 0 then 'Stiff in the morning.' end,
                           (current_date - 1 - ((x.j + x.n) %% %2$d)) + time '20:00'
                    from (select r, (r %% %1$d)::int as n, (r / %1$d)::int as j
                          from generate_series(0, %3$d - 1) r) x
                    join gen_client g on g.n = x.n""", sizes.clients(), DAYS, sizes.checkIns());
            // Every generated client has agreed to their studio's notice, as after a real invitation: otherwise the
            // portal opens on the consent page instead of Today.
            step(s, "privacy notices", """
                    insert into privacy_notice (studio_id, version, body, created_by, created_at)
                    select distinct g.studio_id, 1, 'How this studio keeps your data (generated).', 'generator', now()
                    from gen_client g""");
            step(s, "consents", """
                    insert into consent_record (studio_id, client_id, notice_id, notice_version, decision, decided_at)
                    select g.studio_id, g.id, n.id, 1, 'ACCEPTED', now()
                    from gen_client g join privacy_notice n on n.studio_id = g.studio_id and n.version = 1""");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        try (Statement s = c.createStatement()) {
            step(s, "analyze", "analyze");
        }
        return new Result(tag, sizes, (System.nanoTime() - start) / 1_000_000);
    }

    /** A database the app never started has no exercises; add a handful of built-ins so prescriptions can exist. */
    private static void ensureExercises(Statement s) throws SQLException {
        step(s, "exercises (only if none)", """
                insert into exercise (code, library_version, name, category, focus, instructions, cues, difficulty)
                select 'gen-' || n, 0, 'Generated exercise ' || n, 'LOAD', 'hinge', 'Generated.', 'Generated.', 2
                from generate_series(1, 8) n
                where not exists (select 1 from exercise where studio_id is null)""");
    }

    private static void step(Statement s, String name, String sqlFormat, Object... args) throws SQLException {
        long t = System.nanoTime();
        String sql = args.length == 0 ? sqlFormat.replace("%%", "%") : String.format(Locale.ROOT, sqlFormat, args);
        s.execute(sql);
        int rows = s.getUpdateCount();
        System.out.printf(Locale.ROOT, "  %-26s %9s rows %7.1f s%n", name, rows < 0 ? "-" : rows,
                (System.nanoTime() - t) / 1e9);
    }
}
