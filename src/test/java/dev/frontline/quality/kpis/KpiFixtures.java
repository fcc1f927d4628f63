package dev.frontline.quality.kpis;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;

/** Agents and queues of the tests' own, so the demo centre's KPIs stay untouched and counts are exact. */
final class KpiFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private KpiFixtures() {
    }

    private static String unique(String prefix) {
        return prefix + (ProcessHandle.current().pid() % 10_000) + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new agent hired on {@code hired}, who left on {@code left} (null: still employed); returns the number. */
    static String agent(DSLContext ctx, LocalDate hired, LocalDate left) {
        String number = unique("QK");
        long contract = ctx.select(CONTRACT.ID).from(CONTRACT).orderBy(CONTRACT.ID).limit(1).fetchSingle(CONTRACT.ID);
        long site = ctx.select(SITE.ID).from(SITE).orderBy(SITE.ID).limit(1).fetchSingle(SITE.ID);
        ctx.insertInto(AGENT).set(AGENT.EMPLOYEE_NUMBER, number).set(AGENT.FIRST_NAME, "Kpi")
                .set(AGENT.LAST_NAME, "Tester").set(AGENT.EMAIL, number.toLowerCase() + "@kpi.test")
                .set(AGENT.HIRE_DATE, hired).set(AGENT.CONTRACT_ID, contract).set(AGENT.HOME_SITE_ID, site)
                .set(AGENT.STATUS, left == null ? AgentStatus.ACTIVE : AgentStatus.LEFT)
                .set(AGENT.EXIT_DATE, left).set(AGENT.EXIT_KIND, left == null ? null : ExitKind.VOLUNTARY)
                .execute();
        return number;
    }

    /** A new queue of the given channel in the given zone; returns its code. */
    static String queue(DSLContext ctx, ChannelType channel, String zone) {
        String code = unique("QS_").replace('-', '_');
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        boolean realTime = channel == ChannelType.VOICE || channel == ChannelType.VIDEO || channel == ChannelType.CHAT;
        var insert = ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "Service test " + code)
                .set(QUEUE.CHANNEL, channel).set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill)
                .set(QUEUE.TIME_ZONE, zone).set(QUEUE.COUNTRY_CODE, "PL");
        if (realTime) {
            insert = insert.set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80")).set(QUEUE.SL_THRESHOLD_SECONDS, 20);
        } else {
            insert = insert.set(QUEUE.RESPONSE_GOAL_HOURS, new BigDecimal("12"));
        }
        if (channel == ChannelType.CHAT) {
            insert = insert.set(QUEUE.CHAT_CONCURRENCY, 2);
        }
        insert.execute();
        return code;
    }

    /**
     * Removes the agents and queues these fixtures made (their KPI and service rows go with them): the tests share the
     * demo centre with every other test of the run, which count agents and roster every queue.
     */
    static void removeAll(DSLContext ctx) {
        ctx.deleteFrom(AGENT).where(AGENT.EMPLOYEE_NUMBER.like("QK%")).execute();
        ctx.deleteFrom(QUEUE).where(QUEUE.CODE.like("QS\\_%")).execute();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
