package dev.frontline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.WishKind;
import dev.frontline.selfservice.preferences.WishDraft;
import dev.frontline.selfservice.preferences.persistence.PreferenceRepository;

/**
 * Gives the demo centre a preference window open for the period after next (planning periods of two weeks from the
 * coming Monday, so the two weeks from the Monday two weeks ahead; wishes taken until the coming Thursday evening) with wishes of about a fifth of the agents: days off (weekends
 * above all), start ranges, and home or office weekdays for those who may use an office, each agent within the
 * 100-point budget. Runs once, after the roster data exist, and only when no window exists yet.
 */
@Component
@Profile("demo")
class DemoWishSeeder implements SmartLifecycle {

    static final int BUDGET = 100;
    private static final Logger log = LoggerFactory.getLogger(DemoWishSeeder.class);

    private final PreferenceRepository preferences;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private volatile boolean running;

    DemoWishSeeder(PreferenceRepository preferences, TransactionTemplate transaction, java.time.Clock clock) {
        this.preferences = preferences;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        if (!preferences.windowsEndingFrom(LocalDate.now(clock)).isEmpty() || preferences.activeAgentIds().isEmpty()) {
            return;
        }
        // planning periods of two weeks from the coming Monday: the period after next starts two weeks later
        LocalDate first = nextMonday.plusWeeks(2);
        LocalDate last = first.plusDays(13);
        var deadline = nextMonday.plusDays(3).atTime(18, 0).atZone(ZoneId.of("Europe/Istanbul")).toOffsetDateTime();
        int[] written = new int[1];
        transaction.executeWithoutResult(status -> {
            long window = preferences.insertWindow(first, last, deadline, BUDGET, "planner");
            Random random = new Random(DemoCentreGenerator.DEMO_SEED + 14);
            for (long agentId : preferences.activeAgentIds()) {
                if (random.nextInt(5) != 0) {
                    continue;
                }
                var agent = preferences.agent(agentId).orElseThrow();
                int left = BUDGET;
                for (WishDraft draft : wishes(random, first, agent.officeEligible())) {
                    if (draft.priority() > left) {
                        continue;
                    }
                    if (preferences.insertWish(window, agentId, draft).isPresent()) {
                        left -= draft.priority();
                        written[0]++;
                    }
                }
            }
        });
        log.info("Demo preference window {} .. {} written with {} wishes", first, last, written[0]);
    }

    private static List<WishDraft> wishes(Random random, LocalDate first, boolean office) {
        LocalDate weekend = first.plusDays(5 + 7L * random.nextInt(2) + random.nextInt(2));
        LocalDate weekday = first.plusDays(random.nextInt(5) + 7L * random.nextInt(2));
        int startHour = 7 + random.nextInt(5);
        DayOfWeek locationDay = DayOfWeek.of(1 + random.nextInt(5));
        WishKind location = office && random.nextBoolean() ? WishKind.OFFICE : WishKind.HOME;
        return List.of(
                new WishDraft(WishKind.DAY_OFF, null, weekend, null, null, 30 + random.nextInt(21)),
                new WishDraft(random.nextInt(3) == 0 ? WishKind.DAY_ON : WishKind.DAY_OFF, null, weekday, null, null,
                        10 + random.nextInt(16)),
                new WishDraft(WishKind.START, DayOfWeek.of(1 + random.nextInt(5)), null, LocalTime.of(startHour, 0),
                        LocalTime.of(startHour + 1, 0), 5 + random.nextInt(16)),
                new WishDraft(location, locationDay, null, null, null, 5 + random.nextInt(11)));
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the roster data ({@link DemoRosterSeeder}, phase 0), before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}
