package dev.frontline.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the strategy of the application context the next
 * test uses. Vaadin registers a strategy bean with its own thread-local per context and makes it the static one; once
 * a second context (another profile or database) has started in the same JVM, the static holder would still name the
 * other context's strategy, and a sign-in made in a test would be invisible to the first context's method security.
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        // before dependency injection (2000), so beans and the test see the same holder
        return 1500;
    }
}
