package dev.frontline.selfservice.swaps;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.IntervalDemand;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterTerms;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.shared.text.Phrase;

/**
 * Checks a change agents make to a published roster against every rule the roster keeps: the contracts, rest,
 * runs, availability and seats (the roster's hard rules, by name), the skills the covered intervals need, and
 * coverage after breaks before and after. The change is applied to the loaded roster; the caller saves it or
 * throws it away.
 */
final class ChangeCheck {

    /** The agent taking a shift serves none of the queues the shift's intervals need. */
    static final String SKILLS = "SKILLS";
    /** The agent taking a shift already works that day. */
    static final String ALREADY_WORKING = "ALREADY_WORKING";
    /** The agent's contract does not allow the shift's template. */
    static final String SHIFT_NOT_ALLOWED = "SHIFT_NOT_ALLOWED";
    /** The change would leave coverage worse: the planner decides. */
    static final String COVERAGE_WORSE = "COVERAGE_WORSE";

    /**
     * The outcome: the first hard rule newly broken (null = none), why in English ({@code brokenDetail}) and as the
     * roster justification's phrase with names and dates in place of the engine's ids ({@code brokenWhy}, storable),
     * and unmet agent-hours after breaks before and after.
     */
    record Result(String brokenRule, String brokenDetail, Phrase brokenWhy, double unmetBefore, double unmetAfter) {

        boolean breaksRules() {
            return brokenRule != null;
        }

        boolean coverageNotWorse() {
            return unmetAfter <= unmetBefore + 1e-9;
        }
    }

    private final LoadedRoster loaded;
    private final RosterExplainer explainer;
    private final RosterExplanation before;
    private final double unmetBefore;

    ChangeCheck(LoadedRoster loaded, RosterExplainer explainer) {
        this.loaded = loaded;
        this.explainer = explainer;
        this.before = explainer.explain(loaded.roster());
        this.unmetBefore = CoverageReport.of(loaded.roster()).unmetAgentHoursAfterBreaks();
    }

    AgentDay day(String employeeNumber, LocalDate date, String field) {
        int day = (int) (date.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        AgentDay agentDay = loaded.roster().agentDay(employeeNumber, day);
        if (agentDay == null) {
            throw new SwapRefusedException(field, "ROSTER", Phrase.of("selfservice.refusal.not-in-roster", employeeNumber,
                    date));
        }
        return agentDay;
    }

    /**
     * Gives {@code taker} the shift on their day: refused unless their contract allows the template, they are free
     * that day and they serve a queue the shift's intervals need. Keeps the office when the taker may work there.
     */
    void give(AgentDay taker, ShiftType shift, WorkLocation location, String field) {
        Agent agent = taker.getAgent();
        if (taker.isWorking()) {
            throw new SwapRefusedException(field, ALREADY_WORKING, Phrase.of("selfservice.refusal.already-working",
                    agent.name(), taker.getDate()));
        }
        if (!agent.mayWork(shift)) {
            throw new SwapRefusedException(field, SHIFT_NOT_ALLOWED, "the contract of " + agent.name()
                    + " does not allow the shift " + shift.id(), Phrase.of("selfservice.refusal.shift-not-allowed",
                            agent.name(), RosterTerms.storable(loaded.roster()).apply(new RosterTerms.ShiftRef(shift.id()))));
        }
        Set<Queue> needed = queuesNeeded(loaded.roster(), taker.getDay(), shift);
        if (!needed.isEmpty() && needed.stream().noneMatch(agent.skills()::containsKey)) {
            throw new SwapRefusedException(field, SKILLS, agent.name() + " has none of the skills the shift's intervals"
                    + " need (" + needed.stream().map(Queue::id).sorted().toList() + ")", Phrase.of(
                            "selfservice.refusal.skills", agent.name(), needed.stream().map(Queue::name).sorted().toList()));
        }
        taker.setShift(shift);
        taker.setLocation(location != null && agent.locations().contains(location) ? location : agent.locations().get(0));
    }

    Result result() {
        RosterExplanation after = explainer.explain(loaded.roster());
        Set<String> had = new HashSet<>();
        before.breaches().forEach(b -> had.add(b.constraint() + "|" + b.why().description()));
        double unmetAfter = CoverageReport.of(loaded.roster()).unmetAgentHoursAfterBreaks();
        for (RosterExplanation.Breach breach : after.hardBreaches()) {
            if (!had.contains(breach.constraint() + "|" + breach.why().description())) {
                return new Result(breach.constraint(), breach.why().description(),
                        breach.why().message().resolved(RosterTerms.storable(loaded.roster())), unmetBefore, unmetAfter);
            }
        }
        return new Result(null, null, null, unmetBefore, unmetAfter);
    }

    /** The queues with a requirement in the shift's intervals on that day. */
    static Set<Queue> queuesNeeded(Roster roster, int day, ShiftType shift) {
        int first = DemandIndex.intervalOf(day, shift.startMinute());
        int last = first + shift.lengthMinutes() / DemandIndex.INTERVAL_MINUTES;
        Set<Queue> queues = new HashSet<>();
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            if (demand.interval() >= first && demand.interval() < last && demand.requiredMilli() > 0) {
                queues.add(demand.queue());
            }
        }
        return queues;
    }

    static List<String> args(Object... values) {
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }
}
