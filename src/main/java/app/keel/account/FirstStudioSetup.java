package app.keel.account;

import app.keel.account.security.SystemAuthentication;
import app.keel.studio.Studio;
import app.keel.studio.StudioService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

/**
 * A fresh production installation has nobody who could sign in. When KEEL_FIRST_STUDIO_ADMIN_EMAIL (and _ADMIN_PASSWORD) are set and the
 * database holds no studio yet, this opens the first studio with its admin (who also treats clients).
 * Once any studio exists it does nothing, so the variables can stay set.
 */
@Component
@ConditionalOnProperty("keel.first-studio.admin-email")
class FirstStudioSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStudioSetup.class);

    private final StudioService studios;
    private final AccountService accounts;
    private final Environment env;

    FirstStudioSetup(StudioService studios, AccountService accounts, Environment env) {
        this.studios = studios;
        this.accounts = accounts;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.call(() -> {
            if (!studios.anyExists()) {
                Studio studio = studios.create(env.getProperty("keel.first-studio.name", "My studio"),
                        env.getProperty("keel.first-studio.time-zone", "UTC"),
                        env.getProperty("keel.first-studio.locale", "en-GB"));
                StaffDraft admin = new StaffDraft();
                admin.setFullName(env.getProperty("keel.first-studio.admin-name", "Studio admin"));
                admin.setEmail(env.getRequiredProperty("keel.first-studio.admin-email"));
                accounts.provisionStaff(studio.getId(), admin,
                        env.getRequiredProperty("keel.first-studio.admin-password"),
                        EnumSet.of(Role.STUDIO_ADMIN, Role.PRACTITIONER));
                log.info("Opened the first studio '{}' with admin {}", studio.getName(), admin.getEmail());
            }
            return null;
        });
    }
}
