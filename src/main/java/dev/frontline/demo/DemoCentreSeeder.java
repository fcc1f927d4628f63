package dev.frontline.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.demo.persistence.DemoCentreWriter;

/**
 * Writes the demo contact centre on first start of the {@code demo} profile, in one transaction, and leaves an
 * existing centre alone (so restarting keeps the planner's changes). The demo logins exist only here. It runs
 * once all beans exist but before the web server opens its port, so nobody can sign in to a half-written centre.
 */
@Component
@Profile("demo")
class DemoCentreSeeder implements SmartInitializingSingleton {

    /** Password of every demo login (listed in README.md). */
    static final String DEMO_PASSWORD = "frontline";
    static final long SEED = DemoCentreGenerator.DEMO_SEED;

    private static final Logger log = LoggerFactory.getLogger(DemoCentreSeeder.class);

    private final DemoCentreWriter writer;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCentreSeeder(DemoCentreWriter writer, PasswordEncoder passwordEncoder, TransactionTemplate transaction, Clock clock) {
        this.writer = writer;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (writer.centreExists()) {
            log.info("Demo centre not written: the database already holds a contact centre");
            return;
        }
        long started = System.nanoTime();
        LocalDate lastDay = DemoCentreGenerator.lastCompleteWeekEnd(LocalDate.now(clock));
        DemoCentre centre = new DemoCentreGenerator(SEED, lastDay).generate();
        transaction.executeWithoutResult(status -> writer.write(centre, lastDay, passwordEncoder.encode(DEMO_PASSWORD)));
        log.info("Demo centre written: {} agents, {} queues, {} history intervals up to {} in {} ms",
                centre.agents().size(), centre.queues().size(), centre.history().size(), lastDay,
                (System.nanoTime() - started) / 1_000_000);
    }
}
