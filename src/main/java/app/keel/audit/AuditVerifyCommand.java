package app.keel.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code java -jar keel.jar --keel.audit.verify --spring.main.web-application-type=none} (or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--keel.audit.verify --spring.main.web-application-type=none"}):
 * verifies every chain, prints one line per chain, and exits with 0 when all are intact, 1 otherwise.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "keel.audit.verify";
    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final AuditChain chain;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditChain chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = verifyAndReport();
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** @return the process exit code: 0 when every chain is intact */
    int verifyAndReport() {
        List<ChainCheck> checks = chain.verifyAll();
        checks.forEach(check -> LOG.info("Audit chain of {}: {}", check.studioId() == null ? "events without a studio"
                : "studio " + check.studioId(), check.message()));
        boolean intact = checks.stream().allMatch(ChainCheck::intact);
        if (intact) {
            LOG.info("Audit trail verified: all {} chains intact.", checks.size());
        } else {
            LOG.error("Audit trail BROKEN: {}",
                    checks.stream().filter(c -> !c.intact()).findFirst().orElseThrow().message());
        }
        return intact ? 0 : 1;
    }
}
