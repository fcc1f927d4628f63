package dev.frontline.demo.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY_EXCEPTION;
import static dev.frontline.db.Tables.AGENT_LANGUAGE;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SITE_LOCAL_HOLIDAY;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.tables.records.IntervalHistoryRecord;
import dev.frontline.demo.DemoCentre;
import dev.frontline.demo.DemoCentre.AgentSpec;
import dev.frontline.history.persistence.IntervalHistoryRepository;
import dev.frontline.security.NewAccount;
import dev.frontline.security.persistence.UserAccountRepository;

/** Writes a generated demo centre into empty master-data and history tables, for the demo profile's first start. */
@Repository
@Profile("demo")
public class DemoCentreWriter {

    private final DSLContext ctx;
    private final IntervalHistoryRepository history;
    private final UserAccountRepository users;

    DemoCentreWriter(DSLContext ctx, IntervalHistoryRepository history, UserAccountRepository users) {
        this.ctx = ctx;
        this.history = history;
        this.users = users;
    }

    /** Whether the database already holds a contact centre (any site), which the demo must leave alone. */
    public boolean centreExists() {
        return ctx.fetchExists(SITE);
    }

    /**
     * Writes every site, contract, queue (with its skill), team, agent, login and history row of the centre; the
     * caller's transaction makes it all or nothing. Local holidays are placed after {@code lastDay}, the end of the
     * history, so they fall in the period a planner forecasts and rosters.
     */
    public void write(DemoCentre centre, LocalDate lastDay, String passwordHash) {
        Map<String, Long> siteIds = new HashMap<>();
        centre.sites().forEach(s -> {
            long siteId = ctx.insertInto(SITE)
                    .set(SITE.CODE, s.code()).set(SITE.NAME, s.name()).set(SITE.COUNTRY_CODE, s.countryCode())
                    .set(SITE.TIME_ZONE, s.timeZone()).set(SITE.OFFICE_SEATS, s.officeSeats())
                    .returning(SITE.ID).fetchSingle(SITE.ID);
            siteIds.put(s.code(), siteId);
            ctx.insertInto(SITE_LOCAL_HOLIDAY).set(SITE_LOCAL_HOLIDAY.SITE_ID, siteId)
                    .set(SITE_LOCAL_HOLIDAY.HOLIDAY_DATE, s.localHolidayAfter(lastDay))
                    .set(SITE_LOCAL_HOLIDAY.NAME, s.localHolidayName()).execute();
        });

        Map<String, Long> contractIds = new HashMap<>();
        centre.contracts().forEach(c -> contractIds.put(c.code(), ctx.insertInto(CONTRACT)
                .set(CONTRACT.CODE, c.code()).set(CONTRACT.NAME, c.name())
                .set(CONTRACT.MIN_MINUTES_PER_WEEK, c.minMinutesPerWeek())
                .set(CONTRACT.MAX_MINUTES_PER_WEEK, c.maxMinutesPerWeek())
                .set(CONTRACT.MIN_REST_MINUTES, c.minRestMinutes())
                .set(CONTRACT.MAX_CONSECUTIVE_WORKING_DAYS, c.maxConsecutiveWorkingDays())
                .set(CONTRACT.MIN_CONSECUTIVE_DAYS_OFF, c.minConsecutiveDaysOff())
                .set(CONTRACT.MAX_WEEKENDS_PER_4_WEEKS, c.maxWeekendsPer4Weeks())
                .set(CONTRACT.MAX_NIGHT_SHIFTS_PER_WEEK, c.maxNightShiftsPerWeek())
                .set(CONTRACT.MIN_CONSECUTIVE_WORKING_DAYS, c.minConsecutiveWorkingDays())
                .set(CONTRACT.OVERTIME_AFTER_MINUTES_PER_WEEK, c.overtimeAfterMinutesPerWeek())
                .set(CONTRACT.MIN_OFFICE_DAYS_PER_WEEK, c.minOfficeDaysPerWeek())
                .returning(CONTRACT.ID).fetchSingle(CONTRACT.ID)));

        // one skill per queue: the skill a contact of that queue needs
        Map<String, Long> skillIds = new HashMap<>();
        Map<String, Long> queueIds = new HashMap<>();
        centre.queues().forEach(q -> {
            long skillId = ctx.insertInto(SKILL).set(SKILL.CODE, q.code()).set(SKILL.NAME, q.name())
                    .returning(SKILL.ID).fetchSingle(SKILL.ID);
            skillIds.put(q.code(), skillId);
            queueIds.put(q.code(), ctx.insertInto(QUEUE)
                    .set(QUEUE.CODE, q.code()).set(QUEUE.NAME, q.name()).set(QUEUE.CHANNEL, q.channel())
                    .set(QUEUE.LANGUAGE, q.language()).set(QUEUE.SKILL_ID, skillId)
                    .set(QUEUE.TIME_ZONE, q.timeZone()).set(QUEUE.COUNTRY_CODE, q.countryCode())
                    .set(QUEUE.SL_TARGET_PERCENT, decimal(q.slTargetPercent()))
                    .set(QUEUE.SL_THRESHOLD_SECONDS, q.slThresholdSeconds())
                    .set(QUEUE.RESPONSE_GOAL_HOURS, decimal(q.responseGoalHours()))
                    .set(QUEUE.CHAT_CONCURRENCY, q.chatConcurrency())
                    .set(QUEUE.PRIORITY, q.priority())
                    .returning(QUEUE.ID).fetchSingle(QUEUE.ID));
        });

        Map<String, Long> teamIds = new HashMap<>();
        centre.teams().forEach(t -> teamIds.put(t.code(), ctx.insertInto(TEAM)
                .set(TEAM.CODE, t.code()).set(TEAM.NAME, t.name()).set(TEAM.SITE_ID, siteIds.get(t.siteCode()))
                .set(TEAM.OFFICE_WEEKDAY, t.officeWeekday() == null ? null : t.officeWeekday().shortValue())
                .returning(TEAM.ID).fetchSingle(TEAM.ID)));

        Map<String, Long> agentIds = new HashMap<>();
        for (AgentSpec a : centre.agents()) {
            long agentId = ctx.insertInto(AGENT)
                    .set(AGENT.EMPLOYEE_NUMBER, a.employeeNumber()).set(AGENT.FIRST_NAME, a.firstName())
                    .set(AGENT.LAST_NAME, a.lastName()).set(AGENT.EMAIL, a.email()).set(AGENT.HIRE_DATE, a.hireDate())
                    .set(AGENT.EXIT_DATE, a.exitDate()).set(AGENT.EXIT_KIND, a.exitKind())
                    .set(AGENT.EXIT_REASON, a.exitReason())
                    .set(AGENT.STATUS, a.active() ? AgentStatus.ACTIVE : AgentStatus.LEFT)
                    .set(AGENT.CONTRACT_ID, contractIds.get(a.contractCode()))
                    .set(AGENT.TEAM_ID, teamIds.get(a.teamCode()))
                    .set(AGENT.HOME_SITE_ID, siteIds.get(a.homeSiteCode()))
                    .set(AGENT.OFFICE_ELIGIBLE, a.officeEligible())
                    .returning(AGENT.ID).fetchSingle(AGENT.ID);
            agentIds.put(a.employeeNumber(), agentId);
            a.skillProficiency().forEach((skill, proficiency) -> ctx.insertInto(AGENT_SKILL)
                    .set(AGENT_SKILL.AGENT_ID, agentId).set(AGENT_SKILL.SKILL_ID, skillIds.get(skill))
                    .set(AGENT_SKILL.PROFICIENCY, BigDecimal.valueOf(proficiency)).execute());
            a.languages().forEach(language -> ctx.insertInto(AGENT_LANGUAGE)
                    .set(AGENT_LANGUAGE.AGENT_ID, agentId).set(AGENT_LANGUAGE.LANGUAGE, language).execute());
            a.weeklyAvailability().forEach(slot -> ctx.insertInto(AGENT_AVAILABILITY)
                    .set(AGENT_AVAILABILITY.AGENT_ID, agentId)
                    .set(AGENT_AVAILABILITY.WEEKDAY, (short) slot.weekday().getValue())
                    .set(AGENT_AVAILABILITY.AVAILABLE_FROM, slot.from()).set(AGENT_AVAILABILITY.AVAILABLE_TO, slot.to())
                    .execute());
            a.exceptions().forEach(e -> ctx.insertInto(AGENT_AVAILABILITY_EXCEPTION)
                    .set(AGENT_AVAILABILITY_EXCEPTION.AGENT_ID, agentId)
                    .set(AGENT_AVAILABILITY_EXCEPTION.ON_DATE, e.date())
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE, e.from() != null)
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_FROM, e.from())
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_TO, e.to())
                    .set(AGENT_AVAILABILITY_EXCEPTION.REASON, e.reason())
                    .execute());
        }
        centre.teams().forEach(t -> ctx.update(TEAM).set(TEAM.LEAD_AGENT_ID, agentIds.get(t.leadEmployeeNumber()))
                .where(TEAM.ID.eq(teamIds.get(t.code()))).execute());

        // every demo login shares the one hash of the demo password and is marked demo: it signs in only in the demo
        centre.users().forEach(u -> users.create(new NewAccount(u.username(), passwordHash, u.role(), u.displayName(),
                u.employeeNumber() == null ? null : agentIds.get(u.employeeNumber()), null, true, false)));

        List<IntervalHistoryRecord> rows = centre.history().stream()
                .map(h -> new IntervalHistoryRecord(queueIds.get(h.queueCode()), h.intervalStart(),
                        (short) h.intervalMinutes(), h.offered(), h.handled(), h.abandoned(), decimal(h.ahtSeconds()), null, null))
                .toList();
        history.insertAll(rows);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
