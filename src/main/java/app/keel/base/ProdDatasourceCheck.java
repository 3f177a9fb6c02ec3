package app.keel.base;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fails start-up early, with a message an operator understands, when the prod profile runs without a database.
 * (Without it Boot would fail later with a less direct message about a missing DataSource url.)
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
    }
}
