package app.keel.account.security;

import app.keel.account.AccountService;
import app.keel.account.security.SignInThrottleService;
import app.keel.account.security.ThrottledLogin;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.time.Duration;

import static app.keel.support.TestFixtures.as;
import static app.keel.support.TestFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class SignInThrottleIT {

    private static final String WAIT = "Too many attempts. Please wait 1 minute and try again.";

    @Autowired
    SessionSignIn signIn;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignInThrottleService throttles;
    @Autowired
    AccountService accounts;

    StudioSetup studio;
    String email;
    String address;

    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        email = studio.practitioner().email();
        address = "192.0.2." + (1 + (int) (Math.random() * 250)) + "-" + TestFixtures.tag();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_eleventh_quick_wrong_password_waits_and_the_right_one_works_after_the_wait() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn.authenticate(email, "wrong password " + TestFixtures.tag(), address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class).hasMessage(WAIT);
        assertThat(jdbc.queryForObject("select failures from sign_in_throttle where kind = 'ACCOUNT' and subject = ?",
                Integer.class, email.toLowerCase())).as("counted in the database").isEqualTo(10);

        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn.authenticate(email.toUpperCase(), TestFixtures.PASSWORD, address).getName())
                .isEqualTo(email);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where kind = 'ACCOUNT' and subject = ?",
                Integer.class, email.toLowerCase())).as("a right password clears the count").isZero();
    }

    @Test
    void each_further_failure_after_the_wait_doubles_it() {
        for (int i = 0; i < 10; i++) {
            fail(email, address);
        }
        clock.advance(Duration.ofSeconds(31));
        fail(email, address);
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, address).getName()).isEqualTo(email);
    }

    @Test
    void an_unknown_email_is_made_to_wait_exactly_like_a_known_one() {
        String unknown = "nobody-" + TestFixtures.tag() + "@test.keel";
        for (int i = 0; i < 10; i++) {
            fail(unknown, address);
        }
        assertThatThrownBy(() -> signIn.authenticate(unknown, "anything at all", address))
                .isInstanceOf(SignInThrottledException.class).hasMessage(WAIT);
    }

    @Test
    void a_stranger_guessing_elsewhere_does_not_lock_the_owner_out_of_an_address_they_used_before() {
        signIn.authenticate(email, TestFixtures.PASSWORD, address);
        String stranger = "198.51.100.7-" + TestFixtures.tag();
        for (int i = 0; i < 12; i++) {
            try {
                signIn.authenticate(email, "guess " + i, stranger);
            } catch (BadCredentialsException | SignInThrottledException expected) {
                // the stranger is counted, then made to wait
            }
        }
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, stranger))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, address).getName()).isEqualTo(email);
    }

    @Test
    void one_address_guessing_many_accounts_is_made_to_wait() {
        for (int i = 0; i < 50; i++) {
            fail("spray-" + i + "-" + TestFixtures.tag() + "@test.keel", address);
        }
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class).hasMessage(WAIT);
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, "203.0.113.9-" + TestFixtures.tag()).getName())
                .as("the account itself is not held").isEqualTo(email);
    }

    @Test
    void an_admin_sees_a_wait_of_their_studio_and_lifts_it_and_another_studio_cannot() {
        for (int i = 0; i < 10; i++) {
            fail(email, address);
        }
        ThrottledLogin waiting = as(studio.admin(), throttles::throttled).getFirst();
        assertThat(waiting.email()).isEqualTo(email.toLowerCase());
        assertThat(waiting.failures()).isEqualTo(10);

        StudioSetup other = fixtures.newStudio();
        assertThat(as(other.admin(), throttles::throttled)).isEmpty();
        assertThatThrownBy(() -> run(other.admin(), () -> throttles.lift(waiting.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(studio.admin(), throttles::throttled)).hasSize(1);

        run(studio.admin(), () -> throttles.lift(waiting.id()));
        assertThat(as(studio.admin(), throttles::throttled)).isEmpty();
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, address).getName()).isEqualTo(email);
    }

    @Test
    void guessing_the_current_password_in_a_password_change_is_counted_and_made_to_wait() {
        KeelUser me = studio.practitioner();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> run(me, () -> accounts.changePassword("guess", "a new long sentence",
                    "a new long sentence"))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("This is not your current password.");
        }
        assertThatThrownBy(() -> run(me, () -> accounts.changePassword(TestFixtures.PASSWORD, "a new long sentence",
                "a new long sentence"))).isInstanceOf(InvalidInputException.class).hasMessageContaining(WAIT);
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, address))
                .as("the same count holds the sign-in").isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, address).getName())
                .as("the password did not change").isEqualTo(email);
    }

    @Test
    void a_hash_of_an_older_cost_is_rewritten_at_the_next_sign_in() {
        String old = "{" + SecurityConfig.LEGACY_ID + "}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestFixtures.PASSWORD);
        jdbc.update("update user_account set password_hash = ? where lower(email) = ?", old, email.toLowerCase());

        signIn.authenticate(email, TestFixtures.PASSWORD, address);

        String stored = jdbc.queryForObject("select password_hash from user_account where lower(email) = ?",
                String.class, email.toLowerCase());
        assertThat(stored).startsWith("{" + SecurityConfig.CURRENT_PREFIX);
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, address).getName()).isEqualTo(email);
    }

    private void fail(String who, String from) {
        assertThatThrownBy(() -> signIn.authenticate(who, "wrong password", from))
                .isInstanceOf(BadCredentialsException.class);
    }
}
