package dev.frontline.quality.kpis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.quality.kpis.engine.DemoKpiGenerator;
import dev.frontline.quality.kpis.engine.DemoKpiGenerator.AgentProfile;
import dev.frontline.quality.kpis.persistence.AgentKpiRepository;
import dev.frontline.quality.kpis.persistence.AgentKpiRepository.KpiRow;
import dev.frontline.quality.kpis.persistence.DemoKpiRepository;
import dev.frontline.quality.kpis.persistence.DemoKpiRepository.DemoAgent;

/**
 * Gives the demo centre two years of daily KPIs for every agent ({@link DemoKpiGenerator}), written once the centre
 * exists and before the web server opens, in one transaction through COPY, and only while no agent has a KPI row (so a
 * restart, or an imported file, is left alone). Each agent's handle time follows the stored history of the queues
 * their skills serve; their working days follow their contract's weekly hours (a day is eight hours).
 */
@Component
@Profile("demo")
class DemoKpiSeeder implements SmartLifecycle {

    /** The demo centre's seed (DemoCentreGenerator.DEMO_SEED), so the KPIs are the same on every fresh start. */
    static final long SEED = 20_261_124L;
    static final int YEARS = 2;
    static final double FALLBACK_AHT_SECONDS = 300;

    private static final Logger log = LoggerFactory.getLogger(DemoKpiSeeder.class);

    private final DemoKpiRepository demo;
    private final AgentKpiRepository kpis;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile boolean running;

    DemoKpiSeeder(DemoKpiRepository demo, AgentKpiRepository kpis, PlatformTransactionManager transactions,
                  Clock clock) {
        this.demo = demo;
        this.kpis = kpis;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        long started = System.nanoTime();
        Integer written = transaction.execute(status -> {
            if (kpis.anyStored()) {
                return null;
            }
            List<DemoAgent> agents = demo.agents();
            if (agents.isEmpty()) {
                return null;
            }
            LocalDate lastDay = demo.lastHistoryDay().orElse(LocalDate.now(clock).minusDays(1));
            var generated = new DemoKpiGenerator(SEED, lastDay.minusYears(YEARS).plusDays(1), lastDay)
                    .generate(profiles(agents, demo.ahtBySkill()));
            List<KpiRow> rows = new ArrayList<>(generated.days().size());
            for (var d : generated.days()) {
                rows.add(new KpiRow(0, d.agentId(), d.day(), d.contactsHandled(), decimal(d.ahtSeconds()),
                        decimal(d.qaScore()), d.qaEvaluations(), decimal(d.fcrPercent()), decimal(d.csat()),
                        decimal(d.ces()), d.surveyResponses()));
            }
            kpis.insertAll(rows);
            return rows.size();
        });
        if (written != null) {
            log.info("Demo KPIs written: {} agent-days in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Each agent's working days and hours from their contract, and their queues' handle time by proficiency. */
    static List<AgentProfile> profiles(List<DemoAgent> agents, Map<Long, Double> ahtBySkill) {
        double overall = ahtBySkill.values().stream().mapToDouble(Double::doubleValue).average()
                .orElse(FALLBACK_AHT_SECONDS);
        List<AgentProfile> profiles = new ArrayList<>();
        for (DemoAgent a : agents) {
            int days = Math.clamp(Math.round(a.maxMinutesPerWeek() / 480.0), 1, 5);
            double hours = a.maxMinutesPerWeek() / 60.0 / days;
            double weight = 0;
            double aht = 0;
            double proficiency = 0;
            for (var skill : a.proficiencyBySkill().entrySet()) {
                weight += skill.getValue();
                aht += skill.getValue() * ahtBySkill.getOrDefault(skill.getKey(), overall);
                proficiency += skill.getValue();
            }
            int skills = a.proficiencyBySkill().size();
            profiles.add(new AgentProfile(a.id(), a.team(), a.hireDate(), a.exitDate(), days, hours,
                    weight > 0 ? aht / weight : overall, skills > 0 ? proficiency / skills : 0.75));
        }
        return profiles;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (its phase is just below {@code Integer.MAX_VALUE}). */
    @Override
    public int getPhase() {
        return 0;
    }
}
