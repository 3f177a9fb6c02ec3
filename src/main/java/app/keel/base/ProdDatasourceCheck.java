package app.keel.base;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fails start-up early, with a message an operator understands, when the prod profile runs without a database
 * (without it Boot would fail later with a less direct message about a missing DataSource url), or without
 * {@code KEEL_PUBLIC_URL}: links in e-mails are built only from it, never from a request's Host header, which an
 * attacker can set (password-reset poisoning).
 */
public class ProdDatasourceCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (env.acceptsProfiles(Profiles.of("prod")) && !env.containsProperty("spring.datasource.url")) {
            throw new IllegalStateException("Keel runs with the 'prod' profile but no database is configured. "
                    + "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/keel), SPRING_DATASOURCE_USERNAME "
                    + "and SPRING_DATASOURCE_PASSWORD. The embedded database is never used in production.");
        }
        String publicUrl = env.getProperty("KEEL_PUBLIC_URL", "").strip();
        if (env.acceptsProfiles(Profiles.of("prod")) && !publicUrl.startsWith("https://")) {
            throw new IllegalStateException("Keel runs with the 'prod' profile but KEEL_PUBLIC_URL is not an https "
                    + "address. Set it to the address people open Keel at (e.g. https://keel.example-studio.org): "
                    + "invitation e-mails link there.");
        }
    }
}
