package app.keel.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProdDatasourceCheckTest {

    @Test
    void prod_without_an_https_public_url_does_not_start_and_says_what_to_set() {
        MockEnvironment env = prod().withProperty("KEEL_PUBLIC_URL", "http://keel.example.org");
        assertThatThrownBy(() -> check(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEEL_PUBLIC_URL is not an https address");
        assertThatThrownBy(() -> check(prod())).hasMessageContaining("KEEL_PUBLIC_URL");
    }

    @Test
    void prod_with_a_database_and_an_https_public_url_starts() {
        assertThatCode(() -> check(prod().withProperty("KEEL_PUBLIC_URL", "https://keel.example.org")))
                .doesNotThrowAnyException();
    }

    @Test
    void the_default_run_needs_neither() {
        assertThatCode(() -> check(new MockEnvironment())).doesNotThrowAnyException();
    }

    private static MockEnvironment prod() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/keel");
        env.setActiveProfiles("prod");
        return env;
    }

    private static void check(MockEnvironment env) {
        new ProdDatasourceCheck().onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(null, new SpringApplication(), new String[0], env));
    }
}
