package dev.frontline.selfservice.swaps;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SHIFT_SWAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.enums.SwapStatus;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The demo's swaps, written through the services agents and planners use (the shared test context starts without
 * them): the coming period published with its open shifts, a swap waiting for agent.ist's answer, and swaps colleagues
 * answered; removed again afterwards.
 */
@FrontlineIntegrationTest
class SwapDemoDataTest {

    @Autowired
    SwapDemoData demo;
    @Autowired
    DSLContext ctx;

    @Test
    void theDemoCentreGetsSwapsInTheStatesAgentsMeet() {
        OffsetDateTime started = OffsetDateTime.now();
        long firstNewVersion = ctx.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(ROSTER_VERSION.ID), 0L))
                .from(ROSTER_VERSION).fetchSingle().value1() + 1;
        Optional<Long> version = demo.seed();
        Assumptions.assumeTrue(version.isPresent(), "a roster of the coming period is published already");
        try {
            long ist = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist"))
                    .fetchSingle(APP_USER.AGENT_ID);
            var swaps = ctx.selectFrom(SHIFT_SWAP).where(SHIFT_SWAP.ROSTER_VERSION_ID.eq(version.get())).fetch();
            assertThat(swaps).anySatisfy(s -> {
                assertThat(s.getStatus()).isEqualTo(SwapStatus.PROPOSED);
                assertThat(s.getColleagueAgentId()).isEqualTo(ist);
            });
            assertThat(swaps).as("swaps a colleague answered")
                    .anyMatch(s -> s.getStatus() != SwapStatus.PROPOSED && s.getDecidedAt() != null);
            swaps.stream().filter(s -> s.getStatus() == SwapStatus.REFUSED && "PLANNER_DENIED".equals(s.getRuleCode()))
                    .forEach(s -> assertThat(s.getRuleArgs()).hasSize(1));
            // the week under way is published too, so agents see this week's shifts
            LocalDate today = LocalDate.now();
            assertThat(ctx.fetchExists(ROSTER_VERSION, ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)
                    .and(ROSTER_VERSION.FIRST_DAY.le(today)).and(ROSTER_VERSION.LAST_DAY.ge(today))))
                    .as("a published roster of today").isTrue();
            // a second start writes nothing more
            assertThat(demo.seed()).isEmpty();
        } finally {
            ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.ge(firstNewVersion)).execute();
            ctx.deleteFrom(NOTIFICATION).where(NOTIFICATION.CREATED_AT.ge(started)).execute();
        }
    }
}
