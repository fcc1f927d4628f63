package dev.frontline.quality.speed;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;

import dev.frontline.quality.speed.engine.DailyKpi;

/**
 * Daily KPIs of ten agents of the demo's team IST-1 from January to March 2019, long before any generated figures,
 * written straight into {@code agent_daily_kpi} and removed again when a test ends. The first is agent.ist's agent
 * with ordinary figures; the second is fast and poor (speed bought with quality), the third slow and excellent
 * (quality at a slow pace), the fourth fast and poor too but with only two QA evaluations (not enough data).
 */
public final class SpeedQualityFixture {

    public static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    public static final LocalDate TO = LocalDate.of(2019, 3, 31);
    /** The last weekday of the period, the last day with figures (31 March 2019 is a Sunday). */
    public static final LocalDate LAST_DAY = LocalDate.of(2019, 3, 29);
    public static final int CONTACTS_PER_DAY = 25;

    private final DSLContext ctx;
    /** The ten agents, agent.ist's first. */
    public final List<Long> agents;
    public final List<String> employeeNumbers;
    public final long teamId;
    private final List<DailyKpi> rows = new ArrayList<>();

    public SpeedQualityFixture(DSLContext ctx) {
        this.ctx = ctx;
        teamId = ctx.select(TEAM.ID).from(TEAM).where(TEAM.CODE.eq("IST-1")).fetchSingle(TEAM.ID);
        long ist = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist"))
                .fetchSingle(APP_USER.AGENT_ID);
        List<Long> ids = new ArrayList<>();
        ids.add(ist);
        ctx.select(AGENT.ID).from(AGENT).where(AGENT.TEAM_ID.eq(teamId), AGENT.ID.ne(ist)).orderBy(AGENT.ID).limit(9)
                .fetch(AGENT.ID).forEach(ids::add);
        agents = List.copyOf(ids);
        employeeNumbers = agents.stream().map(id -> ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT)
                .where(AGENT.ID.eq(id)).fetchSingle(AGENT.EMPLOYEE_NUMBER)).toList();
    }

    public static double aht(int index) {
        return switch (index) {
            case 1 -> 180;
            case 2 -> 420;
            case 3 -> 170;
            default -> index == 0 ? 280 : 280 + 10 * index;
        };
    }

    public static double qa(int index) {
        return switch (index) {
            case 1 -> 68;
            case 2 -> 97;
            case 3 -> 60;
            default -> 82 + index % 5;
        };
    }

    /** Writes the rows (every weekday; a QA evaluation every fifth one, two for the fourth agent in all). */
    public List<DailyKpi> write() {
        remove();
        rows.clear();
        for (int i = 0; i < agents.size(); i++) {
            int weekday = 0;
            int evaluationsOfFourth = 0;
            for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                boolean evaluated = weekday++ % 5 == 0 && (i != 3 || evaluationsOfFourth++ < 2);
                rows.add(new DailyKpi(agents.get(i), day, CONTACTS_PER_DAY, aht(i), evaluated ? qa(i) : null,
                        evaluated ? 1 : 0, 70.0 + i, 4.0 + (i % 3) * 0.2, 5.5, 2));
            }
        }
        var insert = ctx.insertInto(AGENT_DAILY_KPI, AGENT_DAILY_KPI.AGENT_ID, AGENT_DAILY_KPI.DAY,
                AGENT_DAILY_KPI.CONTACTS_HANDLED, AGENT_DAILY_KPI.AHT_SECONDS, AGENT_DAILY_KPI.QA_SCORE,
                AGENT_DAILY_KPI.QA_EVALUATIONS, AGENT_DAILY_KPI.FCR_PERCENT, AGENT_DAILY_KPI.CSAT, AGENT_DAILY_KPI.CES,
                AGENT_DAILY_KPI.SURVEY_RESPONSES);
        for (DailyKpi r : rows) {
            insert = insert.values(r.agentId(), r.day(), r.contacts(), decimal(r.ahtSeconds()), decimal(r.qaScore()),
                    (short) r.qaEvaluations(), decimal(r.fcrPercent()), decimal(r.csat()), decimal(r.ces()),
                    r.surveyResponses());
        }
        insert.execute();
        return List.copyOf(rows);
    }

    public List<DailyKpi> rows() {
        return List.copyOf(rows);
    }

    public void remove() {
        ctx.deleteFrom(AGENT_DAILY_KPI).where(AGENT_DAILY_KPI.AGENT_ID.in(agents), AGENT_DAILY_KPI.DAY.between(FROM, TO))
                .execute();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
