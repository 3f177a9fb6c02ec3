package app.keel.account.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityConfigTest {

    @Test
    void production_hashes_passwords_with_pbkdf2_at_600000_iterations_unless_configured_otherwise()
            throws Exception {
        Value value = SecurityConfig.class.getDeclaredMethod("passwordEncoder", int.class).getParameters()[0]
                .getAnnotation(Value.class);
        assertThat(value.value()).isEqualTo("${keel.password.pbkdf2-iterations:600000}");
        assertThat(mainProperties("/application.properties")).doesNotContainKey("keel.password.pbkdf2-iterations");
        assertThat(mainProperties("/application-prod.properties"))
                .doesNotContainKey("keel.password.pbkdf2-iterations");

        String hash = SecurityConfig.encoder(600_000).encode("a long sentence to remember");
        assertThat(hash).startsWith("{pbkdf2-sha256@600000}");
        assertThat(SecurityConfig.encoder(600_000).matches("a long sentence to remember", hash)).isTrue();
    }

    @Test
    void the_load_tests_cheap_hash_lives_only_in_its_own_profile_file_which_the_jar_does_not_carry()
            throws Exception {
        assertThat(SecurityConfig.class.getResource("/application-loadtest.properties"))
                .as("a load-test profile inside the application's resources").isNull();
        Properties loadTest = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("perf", "application-loadtest.properties"))) {
            loadTest.load(in);
        }
        assertThat(loadTest.getProperty("keel.password.pbkdf2-iterations")).isEqualTo("1000");
        try (Stream<Path> main = Files.walk(Path.of("src", "main", "resources"))) {
            assertThat(main.filter(Files::isRegularFile).map(Path::toString)
                    .filter(name -> name.matches(".*application.*\\.(properties|ya?ml)")).toList())
                    .as("the application's own configuration files")
                    .containsExactlyInAnyOrder(Path.of("src/main/resources/application.properties").toString(),
                            Path.of("src/main/resources/application-prod.properties").toString());
        }
    }

    @Test
    void a_hash_of_the_old_cost_still_matches_and_is_marked_for_upgrade() {
        PasswordEncoder encoder = SecurityConfig.encoder(1000);
        String old = "{" + SecurityConfig.LEGACY_ID + "}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("a long sentence to remember");
        assertThat(encoder.matches("a long sentence to remember", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("a long sentence to remember"))).isFalse();
        assertThat(SecurityConfig.encoder(2000).upgradeEncoding(encoder.encode("x"))).as("a raised count").isTrue();
    }

    @Test
    void the_wait_doubles_from_30_seconds_and_stops_at_15_minutes() {
        assertThat(SignInAttempts.waitAfter(0)).hasSeconds(30);
        assertThat(SignInAttempts.waitAfter(1)).hasSeconds(60);
        assertThat(SignInAttempts.waitAfter(4)).hasSeconds(480);
        assertThat(SignInAttempts.waitAfter(5)).hasMinutes(15);
        assertThat(SignInAttempts.waitAfter(1000)).hasMinutes(15);
        assertThat(new SignInThrottledException(java.time.Duration.ofSeconds(30)).getMessage())
                .isEqualTo("Too many attempts. Please wait 1 minute and try again.");
        assertThat(new SignInThrottledException(java.time.Duration.ofSeconds(61)).getMessage())
                .isEqualTo("Too many attempts. Please wait 2 minutes and try again.");
    }

    private static Properties mainProperties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SecurityConfig.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
