package dev.frontline.selfservice.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;

import java.time.DayOfWeek;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.selfservice.AgentFacts;
import dev.frontline.selfservice.SiteSeats;

/** Reads (never writes) the master data self-service decides by: agent, contract, home site and team. */
@Repository
public class AgentFactsRepository {

    private final DSLContext ctx;

    AgentFactsRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<AgentFacts> find(long agentId) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME),
                        CONTRACT.ID, CONTRACT.NAME, CONTRACT.MIN_MINUTES_PER_WEEK, CONTRACT.MAX_MINUTES_PER_WEEK,
                        CONTRACT.MIN_OFFICE_DAYS_PER_WEEK, SITE.ID, SITE.CODE, SITE.NAME, SITE.TIME_ZONE, SITE.OFFICE_SEATS,
                        AGENT.OFFICE_ELIGIBLE, TEAM.NAME, TEAM.OFFICE_WEEKDAY)
                .from(AGENT)
                .join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .where(AGENT.ID.eq(agentId))
                .fetchOptional(r -> new AgentFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(),
                        r.value16() == null ? null : DayOfWeek.of(r.value16())));
    }

    /** A site's id, name, seats and clock by its code. */
    public Optional<SiteSeats> site(String code) {
        return ctx.select(SITE.ID, SITE.CODE, SITE.NAME, SITE.OFFICE_SEATS, SITE.TIME_ZONE).from(SITE)
                .where(SITE.CODE.eq(code))
                .fetchOptional(r -> new SiteSeats(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
