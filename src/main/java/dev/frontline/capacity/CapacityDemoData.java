package dev.frontline.capacity;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gives the demo centre a capacity plan to look at, once, through the service planners use: the next 52 weeks from
 * this Monday with the baseline (whose seasonal peak today's staff cannot meet, so the optimiser proposes classes
 * before it) and two what-ifs, attrition five points higher and a 90/20 service goal. Runs on a thread of its own once
 * the app is ready, as the hiring optimisation takes seconds per scenario and the sign-in page must not wait; skipped
 * when any plan exists (so a restart or a planner's own plans leave it alone), or with
 * {@code frontline.demo.capacity=false} (the shared test context, browser apps other than the shared one).
 */
@Component
@Profile("demo")
class CapacityDemoData {

    static final String PLANNER = "planner";
    static final String PLAN = "Demo year";
    static final String ATTRITION = "Attrition +5 points";
    static final String GOAL = "Service goal 90/20";

    private static final Logger log = LoggerFactory.getLogger(CapacityDemoData.class);

    private final CapacityService capacity;
    private final UserDetailsService users;
    private final boolean enabled;

    CapacityDemoData(CapacityService capacity, UserDetailsService users,
            @Value("${frontline.demo.capacity:true}") boolean enabled) {
        this.capacity = capacity;
        this.users = users;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!enabled || !canSignIn()) {
            return;
        }
        Thread.ofPlatform().daemon().name("demo-capacity").start(() -> {
            try {
                seed();
            } catch (RuntimeException e) {
                // a demo extra: the centre works without it, and a planner can make a plan on the page
                log.warn("Demo capacity plan not written: {}", e.getMessage());
            }
        });
    }

    /** Writes the demo plan with its what-ifs; false when a plan exists already. */
    boolean seed() {
        long started = System.nanoTime();
        boolean written = as(() -> {
            if (!capacity.plans().isEmpty()) {
                return false;
            }
            CapacityPlanSummary plan = capacity.createPlan(PLAN, CapacityService.MIN_WEEKS);
            capacity.addScenario(plan.id(), ATTRITION, new ScenarioLevers(5.0, null, null, null, null, null, null, null));
            capacity.addScenario(plan.id(), GOAL, new ScenarioLevers(null, null, null, 90.0, 20, null, null, null));
            return true;
        });
        if (written) {
            log.info("Demo capacity plan written in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
        return written;
    }

    private boolean canSignIn() {
        try {
            return users.loadUserByUsername(PLANNER).isEnabled();
        } catch (UsernameNotFoundException none) {
            return false;
        }
    }

    /** Runs {@code work} signed in as the demo planner, as the service checks roles. */
    private <T> T as(Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(PLANNER);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
