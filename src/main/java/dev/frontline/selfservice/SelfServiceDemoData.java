package dev.frontline.selfservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.selfservice.persistence.SelfServiceDemoRepository;

/**
 * The demo centre's self-service data, written once after the centre exists: each contract grants 26 days of annual
 * leave and 4 personal days a year, the seeded time-off requests (some pending for the planner's inbox) count their
 * working days, and about a third of the office-eligible agents have booked one or two office days in each of the
 * next two weeks (deterministic, seed 14).
 */
@Component
@Profile("demo")
class SelfServiceDemoData implements ApplicationRunner {

    static final BigDecimal VACATION_DAYS = BigDecimal.valueOf(26);
    static final BigDecimal PERSONAL_DAYS = BigDecimal.valueOf(4);

    private final SelfServiceDemoRepository demo;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SelfServiceDemoData(SelfServiceDemoRepository demo, PlatformTransactionManager transactions, Clock clock) {
        this.demo = demo;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (demo.hasAllowances()) {
                return;
            }
            demo.allowances(VACATION_DAYS, PERSONAL_DAYS);
            for (var r : demo.requestsWithoutWorkingDays()) {
                int days = 0;
                for (LocalDate d = r.firstDay(); !d.isAfter(r.lastDay()); d = d.plusDays(1)) {
                    days += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
                }
                demo.setWorkingDays(r.id(), days);
            }
            Random random = new Random(14);
            LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            List<Long> agents = demo.officeAgents();
            for (long agent : agents) {
                if (random.nextDouble() >= 0.35) {
                    continue;
                }
                long site = demo.homeSite(agent);
                for (int week = 0; week < 2; week++) {
                    int count = 1 + random.nextInt(2);
                    for (int i = 0; i < count; i++) {
                        demo.book(agent, monday.plusWeeks(week).plusDays(random.nextInt(5)), site);
                    }
                }
            }
        });
    }
}
