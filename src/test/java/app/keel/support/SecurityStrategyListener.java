package app.keel.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin gives every application context its own security-context strategy and installs it globally when the
 * context starts. With several cached test contexts, the last one started would win and an earlier context's
 * method security would no longer see who is signed in. Before each test this re-installs the strategy of the
 * context the test runs in, as a single production context has all along.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    /** Runs after dependency injection, so also before a per-class {@code @BeforeAll}. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
