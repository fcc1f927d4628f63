package dev.frontline.selfservice.preferences.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.PREFERENCE_WINDOW;
import static dev.frontline.db.Tables.PREFERENCE_WISH;
import static dev.frontline.db.Tables.PREFERENCE_WISH_OUTCOME;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.PreferenceWishRecord;
import dev.frontline.selfservice.preferences.PreferenceWindow;
import dev.frontline.selfservice.preferences.Wish;
import dev.frontline.selfservice.preferences.WishDraft;
import dev.frontline.selfservice.preferences.WishOutcome;

/** Preference windows, the wishes stated in them and what roster versions made of them. */
@Repository
public class PreferenceRepository {

    private final DSLContext ctx;

    PreferenceRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** An agent as the wishes need them: team, home site and whether an office is open to them. */
    public record AgentFacts(long id, String employeeNumber, String name, String team, String siteCode, String siteName,
            boolean officeEligible) {
    }

    /** A wish with the agent facts the roster loader needs. */
    public record WishOfAgent(Wish wish, AgentFacts agent) {
    }

    public long insertWindow(LocalDate firstDay, LocalDate lastDay, OffsetDateTime deadline, int budget, String createdBy) {
        return ctx.insertInto(PREFERENCE_WINDOW).set(PREFERENCE_WINDOW.FIRST_DAY, firstDay)
                .set(PREFERENCE_WINDOW.LAST_DAY, lastDay).set(PREFERENCE_WINDOW.DEADLINE, deadline)
                .set(PREFERENCE_WINDOW.PRIORITY_BUDGET, budget).set(PREFERENCE_WINDOW.CREATED_BY, createdBy)
                .returning(PREFERENCE_WINDOW.ID).fetchSingle(PREFERENCE_WINDOW.ID);
    }

    public Optional<PreferenceWindow> window(long id) {
        return ctx.selectFrom(PREFERENCE_WINDOW).where(PREFERENCE_WINDOW.ID.eq(id)).fetchOptional(PreferenceRepository::window);
    }

    /** Windows whose period ends on or after {@code from}, earliest first. */
    public List<PreferenceWindow> windowsEndingFrom(LocalDate from) {
        return ctx.selectFrom(PREFERENCE_WINDOW).where(PREFERENCE_WINDOW.LAST_DAY.ge(from))
                .orderBy(PREFERENCE_WINDOW.FIRST_DAY, PREFERENCE_WINDOW.ID).fetch(PreferenceRepository::window);
    }

    public List<PreferenceWindow> windowsOverlapping(LocalDate firstDay, LocalDate lastDay) {
        return ctx.selectFrom(PREFERENCE_WINDOW).where(PREFERENCE_WINDOW.FIRST_DAY.le(lastDay))
                .and(PREFERENCE_WINDOW.LAST_DAY.ge(firstDay)).orderBy(PREFERENCE_WINDOW.ID).fetch(PreferenceRepository::window);
    }

    public List<Long> activeAgentIds() {
        return ctx.select(AGENT.ID).from(AGENT).where(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE))
                .orderBy(AGENT.ID).fetch(AGENT.ID);
    }

    public Optional<AgentFacts> agent(long agentId) {
        return agentQuery().where(AGENT.ID.eq(agentId)).fetchOptional(PreferenceRepository::agentFacts);
    }

    /**
     * Serialises the wish changes of one agent in one window for the rest of the transaction, so two requests at once
     * cannot both spend the last points of the budget.
     */
    public void lockBudget(long windowId, long agentId) {
        ctx.execute("select pg_advisory_xact_lock({0}, {1})", DSL.inline((int) windowId), DSL.inline((int) agentId));
    }

    public int priorityUsed(long windowId, long agentId) {
        Integer used = ctx.select(DSL.sum(PREFERENCE_WISH.PRIORITY).cast(Integer.class)).from(PREFERENCE_WISH)
                .where(PREFERENCE_WISH.WINDOW_ID.eq(windowId)).and(PREFERENCE_WISH.AGENT_ID.eq(agentId)).fetchOne(0, Integer.class);
        return used == null ? 0 : used;
    }

    /** Stores the wish; empty when the agent already has a wish of that kind for that day (nothing is stored). */
    public Optional<Long> insertWish(long windowId, long agentId, WishDraft draft) {
        return ctx.insertInto(PREFERENCE_WISH).set(PREFERENCE_WISH.WINDOW_ID, windowId)
                .set(PREFERENCE_WISH.AGENT_ID, agentId).set(PREFERENCE_WISH.KIND, draft.kind())
                .set(PREFERENCE_WISH.WEEKDAY, draft.weekday() == null ? null : (short) draft.weekday().getValue())
                .set(PREFERENCE_WISH.ON_DATE, draft.date())
                .set(PREFERENCE_WISH.EARLIEST_START, draft.earliestStart())
                .set(PREFERENCE_WISH.LATEST_START, draft.latestStart())
                .set(PREFERENCE_WISH.PRIORITY, draft.priority())
                .onConflictDoNothing()
                .returning(PREFERENCE_WISH.ID).fetchOptional(PREFERENCE_WISH.ID);
    }

    public Optional<Wish> wish(long wishId) {
        return ctx.selectFrom(PREFERENCE_WISH).where(PREFERENCE_WISH.ID.eq(wishId)).fetchOptional(PreferenceRepository::wish);
    }

    public boolean deleteWish(long wishId) {
        return ctx.deleteFrom(PREFERENCE_WISH).where(PREFERENCE_WISH.ID.eq(wishId)).execute() == 1;
    }

    public List<Wish> wishes(long windowId, long agentId) {
        return ctx.selectFrom(PREFERENCE_WISH).where(PREFERENCE_WISH.WINDOW_ID.eq(windowId))
                .and(PREFERENCE_WISH.AGENT_ID.eq(agentId))
                .orderBy(PREFERENCE_WISH.ON_DATE.nullsFirst(), PREFERENCE_WISH.WEEKDAY, PREFERENCE_WISH.KIND)
                .fetch(PreferenceRepository::wish);
    }

    /** Every wish of the windows given, with its agent, in agent order. */
    public List<WishOfAgent> wishesOfWindows(List<Long> windowIds) {
        if (windowIds.isEmpty()) {
            return List.of();
        }
        return ctx.select(PREFERENCE_WISH.asterisk(), AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME,
                        TEAM.CODE, SITE.CODE, SITE.NAME, AGENT.OFFICE_ELIGIBLE)
                .from(PREFERENCE_WISH).join(AGENT).on(AGENT.ID.eq(PREFERENCE_WISH.AGENT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID)).join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .where(PREFERENCE_WISH.WINDOW_ID.in(windowIds))
                .orderBy(AGENT.EMPLOYEE_NUMBER, PREFERENCE_WISH.ID)
                .fetch(r -> new WishOfAgent(wish(r.into(PREFERENCE_WISH)), agentFacts(r)));
    }

    public int wishCount(long windowId) {
        return ctx.fetchCount(PREFERENCE_WISH, PREFERENCE_WISH.WINDOW_ID.eq(windowId));
    }

    /** Replaces the outcomes of the window's wishes with those of one roster version, all at once. */
    public void replaceOutcomes(long windowId, List<WishOutcome> outcomes) {
        ctx.deleteFrom(PREFERENCE_WISH_OUTCOME).where(PREFERENCE_WISH_OUTCOME.WISH_ID.in(
                ctx.select(PREFERENCE_WISH.ID).from(PREFERENCE_WISH).where(PREFERENCE_WISH.WINDOW_ID.eq(windowId)))).execute();
        var insert = ctx.insertInto(PREFERENCE_WISH_OUTCOME, PREFERENCE_WISH_OUTCOME.WISH_ID, PREFERENCE_WISH_OUTCOME.ON_DATE,
                PREFERENCE_WISH_OUTCOME.ROSTER_VERSION_ID, PREFERENCE_WISH_OUTCOME.HONOURED,
                PREFERENCE_WISH_OUTCOME.REASON_CODE, PREFERENCE_WISH_OUTCOME.REASON_ARGS);
        for (WishOutcome o : outcomes) {
            insert = insert.values(o.wishId(), o.date(), o.rosterVersionId(), o.honoured(), o.reasonCode(),
                    o.reasonArgs().toArray(String[]::new));
        }
        if (!outcomes.isEmpty()) {
            insert.execute();
        }
    }

    public List<WishOutcome> outcomes(long windowId, Long agentId) {
        var condition = PREFERENCE_WISH.WINDOW_ID.eq(windowId);
        if (agentId != null) {
            condition = condition.and(PREFERENCE_WISH.AGENT_ID.eq(agentId));
        }
        return ctx.select(PREFERENCE_WISH_OUTCOME.WISH_ID, PREFERENCE_WISH_OUTCOME.ON_DATE,
                        PREFERENCE_WISH_OUTCOME.ROSTER_VERSION_ID, PREFERENCE_WISH_OUTCOME.HONOURED,
                        PREFERENCE_WISH_OUTCOME.REASON_CODE, PREFERENCE_WISH_OUTCOME.REASON_ARGS)
                .from(PREFERENCE_WISH_OUTCOME).join(PREFERENCE_WISH).on(PREFERENCE_WISH.ID.eq(PREFERENCE_WISH_OUTCOME.WISH_ID))
                .where(condition).orderBy(PREFERENCE_WISH_OUTCOME.ON_DATE, PREFERENCE_WISH_OUTCOME.WISH_ID)
                .fetch(r -> new WishOutcome(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Arrays.asList(r.value6())));
    }

    private org.jooq.SelectOnConditionStep<? extends Record> agentQuery() {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, TEAM.CODE, SITE.CODE, SITE.NAME,
                        AGENT.OFFICE_ELIGIBLE)
                .from(AGENT).leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID)).join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID));
    }

    private static AgentFacts agentFacts(Record r) {
        return new AgentFacts(r.get(AGENT.ID), r.get(AGENT.EMPLOYEE_NUMBER), r.get(AGENT.FIRST_NAME) + " " + r.get(AGENT.LAST_NAME),
                r.get(TEAM.CODE), r.get(SITE.CODE), r.get(SITE.NAME), r.get(AGENT.OFFICE_ELIGIBLE));
    }

    private static PreferenceWindow window(dev.frontline.db.tables.records.PreferenceWindowRecord r) {
        return new PreferenceWindow(r.getId(), r.getFirstDay(), r.getLastDay(), r.getDeadline(), r.getPriorityBudget(),
                r.getCreatedAt(), r.getCreatedBy());
    }

    private static Wish wish(PreferenceWishRecord r) {
        return new Wish(r.getId(), r.getWindowId(), r.getAgentId(), r.getKind(),
                r.getWeekday() == null ? null : DayOfWeek.of(r.getWeekday()), r.getOnDate(), r.getEarliestStart(),
                r.getLatestStart(), r.getPriority());
    }
}
