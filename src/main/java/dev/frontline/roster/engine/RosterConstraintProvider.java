package dev.frontline.roster.engine;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.stream.Joiners;

import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.Break;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

import dev.frontline.shared.text.Phrase;

/**
 * Every roster rule, one method each. Hard rules are labour law, contracts and capacity; soft rules are coverage,
 * wishes, hybrid policy, fairness and cost, each with a default weight a planner can override by constraint name
 * ({@link RosterConstraints}) through the roster's {@code ConstraintWeightOverrides}.
 */
public class RosterConstraintProvider implements ConstraintProvider {

    /** Squared shortfall in agents per interval, times this: one agent missing for 15 minutes costs 100. */
    static final long UNDER_COVERAGE_PER_AGENT_SQUARED = 100;
    /** One surplus agent for 15 minutes costs 10. */
    static final long OVER_COVERAGE_PER_AGENT = 10;
    static final HardSoftLongScore MIN_OFFICE_DAY_WEIGHT = HardSoftLongScore.ofSoft(200);
    static final HardSoftLongScore TEAM_LEAD_WEIGHT = HardSoftLongScore.ofSoft(100);
    /**
     * Per 0.01 of weekend unfairness. At 10 it was worth a few hundred soft to move an agent from one weekend to three,
     * against thousands of coverage: the DEMO bench ended at a Gini of 0.16 over weekends worked (goal 0.1); at 100 it
     * ends at 0.05–0.07 for 0.2 points of under-coverage after breaks (docs/benchmarks.md).
     */
    static final HardSoftLongScore FAIR_WEEKENDS_WEIGHT = HardSoftLongScore.ofSoft(100);
    static final HardSoftLongScore FAIR_NIGHTS_WEIGHT = HardSoftLongScore.ofSoft(10);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                onlyAllowedShiftTypes(factory),
                noShiftOnTimeOff(factory),
                atLeastMinRestBetweenShifts(factory),
                noForbiddenShiftSuccession(factory),
                minMinutesPerWeek(factory),
                maxMinutesPerWeek(factory),
                minMinutesInHorizon(factory),
                maxMinutesInHorizon(factory),
                maxConsecutiveWorkingDays(factory),
                minConsecutiveWorkingDays(factory),
                minConsecutiveDaysOff(factory),
                maxWeekendsWorked(factory),
                maxShiftsOfType(factory),
                maxNightShiftsPerWeek(factory),
                officeSeatsPerSiteAndDay(factory),
                intervalUnderCoverage(factory),
                intervalOverCoverage(factory),
                shiftCoverUnderRequirement(factory),
                shiftCoverOverRequirement(factory),
                shiftOnRequest(factory),
                shiftOffRequest(factory),
                preferredStartTime(factory),
                locationPreference(factory),
                minOfficeDaysPerWeek(factory),
                teamLeadInOfficeWithTeam(factory),
                fairShareOfWeekends(factory),
                fairShareOfNights(factory),
                overtime(factory),
                onlyShiftsInsideAvailability(factory),
                keepPublishedShifts(factory),
                trainingInsideShift(factory),
                trainingInTheClassroomsOffice(factory),
                trainingRoomSeats(factory),
                trainerOneSessionAtATime(factory),
                attendeeOneSessionAtATime(factory),
                trainingSessionOrder(factory),
                trainingWithinItsWindow(factory),
                trainingUnscheduled(factory)
        };
    }

    // ---- hard ----

    /** Skills and availability: a shift outside the agent's allowed shift types (e.g. a published shift after a change). */
    Constraint onlyAllowedShiftTypes(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> !d.getAgent().mayWork(d.getShift()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((d, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        "roster.why.allowed-shift-types", agent(d.getAgent()), shift(d.getShift()), day(d.getDay())))
                .asConstraint(RosterConstraints.ALLOWED_SHIFT_TYPES);
    }

    Constraint noShiftOnTimeOff(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .ifExists(TimeOff.class, equal(AgentDay::getAgent, TimeOff::agent), equal(AgentDay::getDay, TimeOff::day))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((d, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        "roster.why.time-off", agent(d.getAgent()), shift(d.getShift()), day(d.getDay())))
                .asConstraint(RosterConstraints.TIME_OFF);
    }

    Constraint atLeastMinRestBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().minRestMinutes() > 0)
                .join(AgentDay.class, equal(AgentDay::getAgent), equal(d -> d.getDay() + 1, AgentDay::getDay))
                .filter((first, next) -> next.getStartMinute() - first.getEndMinute() < first.getAgent().contract().minRestMinutes())
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((first, next, score) -> RosterJustification.ofAgentDay(first.getAgent(), next.getDay(),
                        "roster.why.min-rest", agent(first.getAgent()), hours(next.getStartMinute() - first.getEndMinute()),
                        shift(first.getShift()), day(first.getDay()), shift(next.getShift()), day(next.getDay()),
                        hours(first.getAgent().contract().minRestMinutes())))
                .asConstraint(RosterConstraints.MIN_REST);
    }

    Constraint noForbiddenShiftSuccession(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> !d.getShift().cannotBeFollowedBy().isEmpty())
                .join(AgentDay.class, equal(AgentDay::getAgent), equal(d -> d.getDay() + 1, AgentDay::getDay))
                .filter((first, next) -> first.getShift().forbidsNextDay(next.getShift()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((first, next, score) -> RosterJustification.ofAgentDay(first.getAgent(), next.getDay(),
                        "roster.why.forbidden-succession", agent(first.getAgent()), shift(next.getShift()), day(next.getDay()),
                        shift(first.getShift()), day(first.getDay())))
                .asConstraint(RosterConstraints.FORBIDDEN_SUCCESSION);
    }

    Constraint minMinutesPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AgentDay.class)
                .filter(d -> d.getAgent().contract().minMinutesPerWeek() > 0)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, sum(AgentDay::getCountedMinutes), count())
                // a week cut by the horizon end has fewer than 7 days and is not held to the weekly minimum
                .filter((agent, week, minutes, days) -> days == 7 && minutes < agent.contract().minMinutesPerWeek())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (agent, week, minutes, days) -> hoursUp(agent.contract().minMinutesPerWeek() - minutes))
                .justifyWith((agent, week, minutes, days, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.min-minutes-per-week", agent(agent), hours(minutes), week(week),
                        hours(agent.contract().minMinutesPerWeek())))
                .asConstraint(RosterConstraints.MIN_MINUTES_PER_WEEK);
    }

    Constraint maxMinutesPerWeek(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().maxMinutesPerWeek() < Contract.UNLIMITED)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, sum(AgentDay::getWorkedMinutes))
                .filter((agent, week, minutes) -> minutes > agent.contract().maxMinutesPerWeek())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (agent, week, minutes) -> hoursUp(minutes - agent.contract().maxMinutesPerWeek()))
                .justifyWith((agent, week, minutes, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.max-minutes-per-week", agent(agent), hours(minutes), week(week),
                        hours(agent.contract().maxMinutesPerWeek())))
                .asConstraint(RosterConstraints.MAX_MINUTES_PER_WEEK);
    }

    Constraint minMinutesInHorizon(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AgentDay.class)
                .filter(d -> d.getAgent().contract().minMinutesInHorizon() > 0)
                .groupBy(AgentDay::getAgent, sum(AgentDay::getCountedMinutes))
                .filter((agent, minutes) -> minutes < agent.contract().minMinutesInHorizon())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (agent, minutes) -> hoursUp(agent.contract().minMinutesInHorizon() - minutes))
                .justifyWith((agent, minutes, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.min-minutes-in-horizon", agent(agent), hours(minutes),
                        hours(agent.contract().minMinutesInHorizon())))
                .asConstraint(RosterConstraints.MIN_MINUTES_IN_HORIZON);
    }

    Constraint maxMinutesInHorizon(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().maxMinutesInHorizon() < Contract.UNLIMITED)
                .groupBy(AgentDay::getAgent, sum(AgentDay::getWorkedMinutes))
                .filter((agent, minutes) -> minutes > agent.contract().maxMinutesInHorizon())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (agent, minutes) -> hoursUp(minutes - agent.contract().maxMinutesInHorizon()))
                .justifyWith((agent, minutes, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.max-minutes-in-horizon", agent(agent), hours(minutes),
                        hours(agent.contract().maxMinutesInHorizon())))
                .asConstraint(RosterConstraints.MAX_MINUTES_IN_HORIZON);
    }

    Constraint maxConsecutiveWorkingDays(ConstraintFactory factory) {
        return workingRuns(factory)
                .filter((agent, run) -> run.getCount() > agent.contract().maxConsecutiveWorkingDays())
                .penalize(HardSoftLongScore.ONE_HARD,
                        (agent, run) -> run.getCount() - agent.contract().maxConsecutiveWorkingDays())
                .justifyWith((agent, run, score) -> RosterJustification.ofAgentDay(agent, run.getFirstItem().getDay(),
                        "roster.why.max-consecutive-working-days", agent(agent), run.getCount(), day(run.getFirstItem().getDay()),
                        day(run.getLastItem().getDay()), agent.contract().maxConsecutiveWorkingDays()))
                .asConstraint(RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS);
    }

    /**
     * A run touching the horizon start or end is exempt: the days just outside the horizon are unknown. So is a run
     * next to a day of the agent's own leave ({@link TimeOff#leave()}): the agent chose to be away there, and the short
     * run is what their leave leaves of a week, not the planner's fragmenting of it. A blocked day that is not leave (a
     * fixed day off, unavailability) keeps the rule.
     */
    Constraint minConsecutiveWorkingDays(ConstraintFactory factory) {
        return workingRuns(factory)
                .filter((agent, run) -> run.getCount() < agent.contract().minConsecutiveWorkingDays()
                        && run.getFirstItem().getDay() > 0 && !isLastDay(run.getLastItem()))
                .ifNotExists(TimeOff.class, equal((agent, run) -> agent, TimeOff::agent),
                        filtering((agent, run, timeOff) -> timeOff.leave() && touches(run, timeOff.day())))
                .penalize(HardSoftLongScore.ONE_HARD,
                        (agent, run) -> agent.contract().minConsecutiveWorkingDays() - run.getCount())
                .justifyWith((agent, run, score) -> RosterJustification.ofAgentDay(agent, run.getFirstItem().getDay(),
                        "roster.why.min-consecutive-working-days", agent(agent), run.getCount(), day(run.getFirstItem().getDay()),
                        day(run.getLastItem().getDay()), agent.contract().minConsecutiveWorkingDays()))
                .asConstraint(RosterConstraints.MIN_CONSECUTIVE_WORKING_DAYS);
    }

    /**
     * Days off between two working runs; days off at the horizon start or end are exempt (history unknown), and so are
     * days off that hold a day of the agent's own leave ({@link TimeOff#leave()}): a single day of leave between two
     * working runs is the agent's choice, not a rest the planner cut short. A blocked day that is not leave (a fixed
     * day off, unavailability) keeps the rule.
     */
    Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
        return workingChains(factory)
                .flattenLast(chain -> chain.getBreaks())
                .filter((agent, gap) -> daysOff(gap) < agent.contract().minConsecutiveDaysOff())
                .ifNotExists(TimeOff.class, equal((agent, gap) -> agent, TimeOff::agent),
                        filtering((agent, gap, timeOff) -> timeOff.leave() && within(gap, timeOff.day())))
                .penalize(HardSoftLongScore.ONE_HARD,
                        (agent, gap) -> agent.contract().minConsecutiveDaysOff() - daysOff(gap))
                .justifyWith((agent, gap, score) -> RosterJustification.ofAgentDay(agent,
                        gap.getPreviousSequenceEnd().getDay() + 1,
                        "roster.why.min-consecutive-days-off", agent(agent), daysOff(gap),
                        day(gap.getPreviousSequenceEnd().getDay()), agent.contract().minConsecutiveDaysOff()))
                .asConstraint(RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF);
    }

    Constraint maxWeekendsWorked(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.isWeekend() && d.getAgent().contract().maxWeekends() < Contract.UNLIMITED)
                .groupBy(AgentDay::getAgent, countDistinct(AgentDay::getWeek))
                .filter((agent, weekends) -> weekends > agent.contract().maxWeekends())
                .penalize(HardSoftLongScore.ONE_HARD, (agent, weekends) -> weekends - agent.contract().maxWeekends())
                .justifyWith((agent, weekends, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.max-weekends", agent(agent), weekends, agent.contract().maxWeekends()))
                .asConstraint(RosterConstraints.MAX_WEEKENDS);
    }

    /** A cap per template (shift type group): all shift types expanded from one template count together. */
    Constraint maxShiftsOfType(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().hasShiftTypeCaps())
                .groupBy(AgentDay::getAgent, d -> d.getShift().group(), count())
                .filter((agent, group, shifts) -> shifts > agent.maxShiftsOfGroup(group))
                .penalize(HardSoftLongScore.ONE_HARD, (agent, group, shifts) -> shifts - agent.maxShiftsOfGroup(group))
                .justifyWith((agent, group, shifts, score) -> RosterJustification.ofAgent(agent,
                        agent.capNote(group) == null ? "roster.why.max-shifts-of-type" : "roster.why.max-shifts-of-type.noted",
                        agent(agent), shifts, new RosterTerms.TemplateRef(group), agent.maxShiftsOfGroup(group),
                        agent.capNote(group) == null ? "" : agent.capNote(group)))
                .asConstraint(RosterConstraints.MAX_SHIFTS_OF_TYPE);
    }

    /** Night shifts (at least one minute in the contract's night window) per Monday–Sunday week. */
    Constraint maxNightShiftsPerWeek(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().maxNightShiftsPerWeek() < Contract.UNLIMITED && d.isNightShift())
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, count())
                .filter((agent, week, nights) -> nights > agent.contract().maxNightShiftsPerWeek())
                .penalize(HardSoftLongScore.ONE_HARD,
                        (agent, week, nights) -> nights - agent.contract().maxNightShiftsPerWeek())
                .justifyWith((agent, week, nights, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.max-night-shifts-per-week", agent(agent), nights, week(week),
                        agent.contract().maxNightShiftsPerWeek()))
                .asConstraint(RosterConstraints.MAX_NIGHT_SHIFTS_PER_WEEK);
    }

    Constraint officeSeatsPerSiteAndDay(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(AgentDay::isInOffice)
                .groupBy(d -> d.getLocation().site(), AgentDay::getDay, count())
                .filter((site, day, agents) -> agents > site.seats())
                .penalize(HardSoftLongScore.ONE_HARD, (site, day, agents) -> agents - site.seats())
                .justifyWith((site, day, agents, score) -> RosterJustification.ofDay(day,
                        "roster.why.office-seats", agents, new RosterTerms.OfficeRef(site.id()), day(day), site.seats()))
                .asConstraint(RosterConstraints.OFFICE_SEATS);
    }

    // ---- soft ----

    /**
     * Shortfall per interval and queue, squared so that gaps spread over intervals instead of piling up in one, and
     * weighed by the queue's priority ({@link Queue#weight()}: a short agent on a priority-1 queue costs 10/6 of one on a
     * default queue, so cross-skilled agents go to the queue that matters more). Counted
     * after breaks, with each interval's agents allocated to their queues so that this penalty is least
     * ({@link SkillAllocation}), by {@link CoverageCollector} in one incremental tally (see there why).
     */
    Constraint intervalUnderCoverage(ConstraintFactory factory) {
        return coverage(factory)
                .filter(gaps -> gaps.underPenalty() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, CoverageCollector.Gaps::underPenalty)
                .justifyWith((gaps, score) -> RosterJustification.of(Phrase.of("roster.why.interval-under-coverage",
                        gaps.shortIntervals(), gaps.unmetMilliIntervals() * DemandIndex.INTERVAL_MINUTES / 60 / 1000.0)))
                .asConstraint(RosterConstraints.INTERVAL_UNDER_COVERAGE);
    }

    Constraint intervalOverCoverage(ConstraintFactory factory) {
        return coverage(factory)
                .filter(gaps -> gaps.overPenalty() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, CoverageCollector.Gaps::overPenalty)
                .justifyWith((gaps, score) -> RosterJustification.of(Phrase.of("roster.why.interval-over-coverage")))
                .asConstraint(RosterConstraints.INTERVAL_OVER_COVERAGE);
    }

    Constraint shiftCoverUnderRequirement(ConstraintFactory factory) {
        return shiftSupply(factory)
                .filter((demand, agents) -> agents < demand.required())
                .penalize(HardSoftLongScore.ONE_SOFT, (demand, agents) -> (demand.required() - agents) * demand.underWeight())
                .justifyWith((demand, agents, score) -> RosterJustification.ofDay(demand.day(),
                        "roster.why.shift-under-cover", shift(demand.shiftType()), day(demand.day()), agents,
                        demand.required()))
                .asConstraint(RosterConstraints.SHIFT_UNDER_COVER);
    }

    Constraint shiftCoverOverRequirement(ConstraintFactory factory) {
        return shiftSupply(factory)
                .filter((demand, agents) -> agents > demand.required())
                .penalize(HardSoftLongScore.ONE_SOFT, (demand, agents) -> (agents - demand.required()) * demand.overWeight())
                .justifyWith((demand, agents, score) -> RosterJustification.ofDay(demand.day(),
                        "roster.why.shift-over-cover", shift(demand.shiftType()), day(demand.day()), agents,
                        demand.required()))
                .asConstraint(RosterConstraints.SHIFT_OVER_COVER);
    }

    Constraint shiftOnRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(ShiftRequest::wantsToWork)
                .ifNotExists(AgentDay.class, equal(ShiftRequest::agent, AgentDay::getAgent),
                        equal(ShiftRequest::day, AgentDay::getDay), filtering((r, d) -> r.matches(d.getShift())))
                .penalize(HardSoftLongScore.ONE_SOFT, ShiftRequest::weight)
                .justifyWith((r, score) -> RosterJustification.ofAgentDay(r.agent(), r.day(),
                        r.shiftType() == null ? "roster.why.shift-on-request" : "roster.why.shift-on-request.shift", agent(r.agent()),
                        day(r.day()), r.shiftType() == null ? "" : shift(r.shiftType())))
                .asConstraint(RosterConstraints.SHIFT_ON_REQUEST);
    }

    Constraint shiftOffRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(r -> !r.wantsToWork())
                .ifExists(AgentDay.class, equal(ShiftRequest::agent, AgentDay::getAgent),
                        equal(ShiftRequest::day, AgentDay::getDay), filtering((r, d) -> r.matches(d.getShift())))
                .penalize(HardSoftLongScore.ONE_SOFT, ShiftRequest::weight)
                .justifyWith((r, score) -> RosterJustification.ofAgentDay(r.agent(), r.day(),
                        r.shiftType() == null ? "roster.why.shift-off-request" : "roster.why.shift-off-request.shift", agent(r.agent()),
                        day(r.day()), r.shiftType() == null ? "" : shift(r.shiftType())))
                .asConstraint(RosterConstraints.SHIFT_OFF_REQUEST);
    }

    /**
     * A worked shift starting outside the preferred start (or range of starts): weight × quarter-hours it starts too
     * early or too late.
     */
    Constraint preferredStartTime(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(StartPreference.class, equal(AgentDay::getAgent, StartPreference::agent),
                        equal(AgentDay::getDay, StartPreference::day))
                .filter((d, preference) -> !preference.isMetBy(d.getShift()))
                .penalize(HardSoftLongScore.ONE_SOFT,
                        (d, preference) -> preference.weight() * preference.quartersOff(d.getShift()))
                .justifyWith((d, preference, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        preference.isRange() ? "roster.why.preferred-start.range" : "roster.why.preferred-start",
                        agent(d.getAgent()), new RosterTerms.Clock(preference.earliestMinute()), day(d.getDay()),
                        shift(d.getShift()), new RosterTerms.Clock(d.getShift().startMinute()),
                        new RosterTerms.Clock(preference.latestMinute())))
                .asConstraint(RosterConstraints.PREFERRED_START);
    }

    /**
     * A worked day away from where the agent wished to be: on a dated preference's date, or on a date of a weekday
     * preference that no dated preference of the agent overrides.
     */
    Constraint locationPreference(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(LocationPreference.class, equal(AgentDay::getAgent, LocationPreference::agent),
                        equal(AgentDay::getDayOfWeek, LocationPreference::dayOfWeek),
                        filtering((d, preference) -> preference.covers(d.getDay())))
                .filter((d, preference) -> !preference.location().equals(d.getLocation()))
                .ifNotExists(LocationPreference.class, equal((d, preference) -> d.getAgent(), LocationPreference::agent),
                        equal((d, preference) -> d.getDay(), LocationPreference::day),
                        filtering((d, preference, dated) -> !preference.isDated()))
                .penalize(HardSoftLongScore.ONE_SOFT, (d, preference) -> preference.weight())
                .justifyWith((d, preference, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        preference.isDated() ? "roster.why.location-preference.dated" : "roster.why.location-preference",
                        agent(d.getAgent()), new RosterTerms.PlaceRef(preference.location()),
                        new RosterTerms.Weekday(preference.dayOfWeek()), new RosterTerms.PlaceRef(d.getLocation()),
                        day(d.getDay())))
                .asConstraint(RosterConstraints.LOCATION_PREFERENCE);
    }

    /** Hybrid policy: in a week the agent works, at least the contract's office days (or every worked day if fewer). */
    Constraint minOfficeDaysPerWeek(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().minOfficeDaysPerWeek() > 0)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, count(), sum(d -> d.isInOffice() ? 1 : 0))
                .filter((agent, week, worked, office) -> office < Math.min(worked, agent.contract().minOfficeDaysPerWeek()))
                .penalize(MIN_OFFICE_DAY_WEIGHT,
                        (agent, week, worked, office) -> Math.min(worked, agent.contract().minOfficeDaysPerWeek()) - office)
                .justifyWith((agent, week, worked, office, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.min-office-days", agent(agent), office, worked, week(week),
                        agent.contract().minOfficeDaysPerWeek()))
                .asConstraint(RosterConstraints.MIN_OFFICE_DAYS);
    }

    /** When at least half of a team's working members are in the office, one of its leads should be there too. */
    Constraint teamLeadInOfficeWithTeam(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().team() != null && !d.getAgent().isTeamLead())
                .groupBy(d -> d.getAgent().team(), AgentDay::getDay, count(), sum(d -> d.isInOffice() ? 1 : 0))
                .filter((team, day, working, office) -> office > 0 && 2 * office >= working)
                .ifNotExists(AgentDay.class, equal((team, day, working, office) -> team, d -> d.getAgent().team()),
                        equal((team, day, working, office) -> day, AgentDay::getDay),
                        filtering((team, day, working, office, d) -> d.getAgent().isTeamLead() && d.isInOffice()))
                .penalize(TEAM_LEAD_WEIGHT)
                .justifyWith((team, day, working, office, score) -> RosterJustification.ofDay(day,
                        "roster.why.team-lead-in-office", office, working, new RosterTerms.TeamRef(team), day(day)))
                .asConstraint(RosterConstraints.TEAM_LEAD_IN_OFFICE);
    }

    /** Load balancing of weekends worked across all agents (agents with none count as zero). */
    Constraint fairShareOfWeekends(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(AgentDay::isWeekend)
                .groupBy(AgentDay::getAgent, countDistinct(AgentDay::getWeek))
                .complement(Agent.class, agent -> 0)
                .groupBy(loadBalance((agent, weekends) -> agent, (agent, weekends) -> weekends))
                .penalizeLong(FAIR_WEEKENDS_WEIGHT,
                        balance -> balance.unfairness().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue())
                .justifyWith((balance, score) -> RosterJustification.of(Phrase.of("roster.why.fair-weekends",
                        balance.unfairness().setScale(2, RoundingMode.HALF_UP).doubleValue())))
                .asConstraint(RosterConstraints.FAIR_WEEKENDS);
    }

    /** Load balancing of night shifts worked across all agents (agents with none count as zero). */
    Constraint fairShareOfNights(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(AgentDay::isNightShift)
                .groupBy(AgentDay::getAgent, count())
                .complement(Agent.class, agent -> 0)
                .groupBy(loadBalance((agent, nights) -> agent, (agent, nights) -> nights))
                .penalizeLong(FAIR_NIGHTS_WEIGHT,
                        balance -> balance.unfairness().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue())
                .justifyWith((balance, score) -> RosterJustification.of(Phrase.of("roster.why.fair-nights",
                        balance.unfairness().setScale(2, RoundingMode.HALF_UP).doubleValue())))
                .asConstraint(RosterConstraints.FAIR_NIGHTS);
    }

    Constraint overtime(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getAgent().contract().overtimeAfterMinutesPerWeek() < Contract.UNLIMITED)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, sum(AgentDay::getWorkedMinutes))
                .filter((agent, week, minutes) -> minutes > agent.contract().overtimeAfterMinutesPerWeek())
                .penalize(HardSoftLongScore.ONE_SOFT,
                        (agent, week, minutes) -> minutes - agent.contract().overtimeAfterMinutesPerWeek())
                .justifyWith((agent, week, minutes, score) -> RosterJustification.ofAgent(agent,
                        "roster.why.overtime", agent(agent), hours(minutes - agent.contract().overtimeAfterMinutesPerWeek()),
                        week(week)))
                .asConstraint(RosterConstraints.OVERTIME);
    }

    // ---- training sessions (issue 15) ----

    /** Everyone a placed session takes off the phones works a shift that holds it whole that day. */
    Constraint trainingInsideShift(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(TrainingSession::isPlaced)
                // a day off is unassigned, and holds no session either
                .join(factory.forEachIncludingUnassigned(AgentDay.class), equal(TrainingSession::getDay, AgentDay::getDay),
                        filtering((session, agentDay) -> session.takesOffThePhones(agentDay.getAgent())))
                .filter((session, agentDay) -> !session.isHeldBy(agentDay))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((session, agentDay, score) -> RosterJustification.ofAgentDay(agentDay.getAgent(),
                        agentDay.getDay(), "roster.why.training-outside-shift", agent(agentDay.getAgent()), course(session),
                        day(agentDay.getDay()), clock(session.getSlot().startMinute()), shift(agentDay.getShift())))
                .asConstraint(RosterConstraints.TRAINING_INSIDE_SHIFT);
    }

    /** Everyone in a placed classroom session works in the office of the classroom's site that day. */
    Constraint trainingInTheClassroomsOffice(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(session -> session.isPlaced() && session.getNeed().siteId() != null)
                .join(factory.forEachIncludingUnassigned(AgentDay.class), equal(TrainingSession::getDay, AgentDay::getDay),
                        filtering((session, agentDay) -> session.takesOffThePhones(agentDay.getAgent())))
                .filter((session, agentDay) -> agentDay.isWorking() && !session.isInItsPlace(agentDay))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((session, agentDay, score) -> RosterJustification.ofAgentDay(agentDay.getAgent(),
                        agentDay.getDay(), "roster.why.training-away-from-classroom", agent(agentDay.getAgent()),
                        course(session), new RosterTerms.OfficeRef(session.getNeed().siteId()), day(agentDay.getDay()),
                        new RosterTerms.PlaceRef(agentDay.getLocation())))
                .asConstraint(RosterConstraints.TRAINING_IN_CLASSROOM);
    }

    /**
     * A classroom holds at most its seats: the attendees of a session and of every session of the same room that
     * overlaps it. Counting each overlapping session (not the most at any one minute) can only over-count, so a
     * roster this rule passes never seats more than the room holds.
     */
    Constraint trainingRoomSeats(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(session -> session.isPlaced() && session.getNeed().roomId() != null)
                .join(factory.forEach(TrainingSession.class).filter(TrainingSession::isPlaced),
                        equal(session -> session.getNeed().roomId(), session -> session.getNeed().roomId()),
                        filtering((session, other) -> session == other || session.overlaps(other)))
                .groupBy((session, other) -> session, sum((session, other) -> other.getNeed().attendeeIds().size()))
                .filter((session, seated) -> seated > session.getNeed().roomSeats())
                .penalize(HardSoftLongScore.ONE_HARD, (session, seated) -> seated - session.getNeed().roomSeats())
                .justifyWith((session, seated, score) -> RosterJustification.ofDay(session.getDay(),
                        "roster.why.training-room-seats", course(session), day(session.getDay()),
                        clock(session.getSlot().startMinute()), seated, session.getNeed().roomSeats()))
                .asConstraint(RosterConstraints.TRAINING_ROOM_SEATS);
    }

    /** A trainer (an agent or a named trainer) gives one session at a time. */
    Constraint trainerOneSessionAtATime(ConstraintFactory factory) {
        return placedSessionPairs(factory)
                .filter((first, second) -> first.getNeed().trainerName() != null
                        && first.getNeed().trainerName().equals(second.getNeed().trainerName())
                        && java.util.Objects.equals(first.getNeed().trainerAgentId(), second.getNeed().trainerAgentId()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((first, second, score) -> RosterJustification.ofDay(first.getDay(),
                        "roster.why.trainer-double-booked", first.getNeed().trainerName(), course(first), course(second),
                        day(first.getDay())))
                .asConstraint(RosterConstraints.TRAINER_ONE_SESSION);
    }

    /** An agent sits one session at a time: two overlapping sessions with someone in both. */
    Constraint attendeeOneSessionAtATime(ConstraintFactory factory) {
        return placedSessionPairs(factory)
                .filter(TrainingSession::sharesPeopleWith)
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((first, second, score) -> RosterJustification.ofDay(first.getDay(),
                        "roster.why.attendee-double-booked", course(first), course(second), day(first.getDay())))
                .asConstraint(RosterConstraints.ATTENDEE_ONE_SESSION);
    }

    /** A course's sessions in their order: a session is placed only after the one before it has ended. */
    Constraint trainingSessionOrder(ConstraintFactory factory) {
        // joined, not read through getPrevious() alone: a move of the previous session must re-score this one
        return factory.forEach(TrainingSession.class)
                .filter(session -> session.isPlaced() && session.getPrevious() != null)
                .join(factory.forEachIncludingUnassigned(TrainingSession.class),
                        equal(TrainingSession::getPrevious, previous -> previous))
                .filter((session, previous) -> !previous.isPlaced() || previous.getEnd() > session.getStart())
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((session, previous, score) -> RosterJustification.ofDay(session.getDay(),
                        "roster.why.training-order", course(session), session.getNeed().sessionNumber(),
                        previous.getNeed().sessionNumber(), day(session.getDay())))
                .asConstraint(RosterConstraints.TRAINING_ORDER);
    }

    /** No session before the day its cohort may start or after its due date. */
    Constraint trainingWithinItsWindow(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(session -> session.isPlaced() && (session.getDay() < session.getNeed().earliestDay()
                        || session.getDay() > session.getNeed().lastDay()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((session, score) -> RosterJustification.ofDay(session.getDay(),
                        "roster.why.training-window", course(session), day(session.getDay()),
                        day(session.getNeed().earliestDay()), day(session.getNeed().lastDay())))
                .asConstraint(RosterConstraints.TRAINING_WINDOW);
    }

    /**
     * A session not placed costs per person-hour it should have taken: {@value #UNSCHEDULED_TRAINING_DUE} when it is
     * due inside the roster (far above what the hours cost in coverage, so it is placed wherever coverage affords it
     * best), a tenth of that when it may still be held in a later roster.
     */
    Constraint trainingUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TrainingSession.class)
                .filter(session -> !session.isPlaced())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, RosterConstraintProvider::unscheduledPenalty)
                .justifyWith((session, score) -> RosterJustification.of(Phrase.of("roster.why.training-unscheduled",
                        course(session), session.getNeed().sessionNumber(), session.getNeed().sessionCount(),
                        session.getNeed().attendeeIds().size())))
                .asConstraint(RosterConstraints.TRAINING_UNSCHEDULED);
    }

    static final long UNSCHEDULED_TRAINING_DUE = 100_000;

    static long unscheduledPenalty(TrainingSession session) {
        long personQuarters = (long) session.getPeople().size() * session.getNeed().minutes()
                / DemandIndex.INTERVAL_MINUTES;
        long perHour = session.isDueInHorizon() ? UNSCHEDULED_TRAINING_DUE : UNSCHEDULED_TRAINING_DUE / 10;
        return perHour * personQuarters / 4;
    }

    private static BiConstraintStream<TrainingSession, TrainingSession> placedSessionPairs(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(TrainingSession::isPlaced)
                .join(factory.forEach(TrainingSession.class).filter(TrainingSession::isPlaced),
                        Joiners.lessThan(TrainingSession::getId),
                        Joiners.overlapping(TrainingSession::getStart, TrainingSession::getEnd));
    }

    private static String course(TrainingSession session) {
        return session.getNeed().courseName();
    }

    private static RosterTerms.Clock clock(int minuteOfDay) {
        return new RosterTerms.Clock(minuteOfDay);
    }

    // ---- shared streams and helpers ----

    /** Coverage of all interval demands, shared by the under- and over-coverage rules. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // both streams feed one collector of Object: agent-days and OffPhones
    private static UniConstraintStream<CoverageCollector.Gaps> coverage(ConstraintFactory factory) {
        UniConstraintStream<Object> days = (UniConstraintStream) factory.forEachIncludingUnassigned(AgentDay.class);
        UniConstraintStream<Object> training = (UniConstraintStream) offPhone(factory);
        return days.concat(training)
                .groupBy(CoverageCollector.INSTANCE);
    }

    /** The presence each placed training session takes off the phones, per person in it. */
    private static UniConstraintStream<OffPhone> offPhone(ConstraintFactory factory) {
        return factory.forEach(TrainingSession.class)
                .filter(TrainingSession::isPlaced)
                .join(AgentDay.class, equal(TrainingSession::getDay, AgentDay::getDay),
                        filtering((session, agentDay) -> agentDay.isWorking()
                                && session.takesOffThePhones(agentDay.getAgent())))
                .map(OffPhone::of);
    }

    private static BiConstraintStream<ShiftDemand, Integer> shiftSupply(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(d -> d.getShiftDemand() != null)
                .groupBy(AgentDay::getShiftDemand, count())
                .complement(ShiftDemand.class, demand -> 0);
    }

    /** Each agent's working days as runs of consecutive days, shared by the three consecutive-day rules. */
    private static BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> workingChains(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, toConsecutiveSequences(AgentDay::getDay));
    }

    private static BiConstraintStream<Agent, Sequence<AgentDay, Integer>> workingRuns(ConstraintFactory factory) {
        return workingChains(factory).flattenLast(chain -> chain.getConsecutiveSequences());
    }

    static long underCoveragePenalty(long shortfallMilli) {
        return shortfallMilli * shortfallMilli * UNDER_COVERAGE_PER_AGENT_SQUARED / 1_000_000;
    }

    /** A queue's shortfall weighed by its priority ({@link Queue#weight()}); unchanged on a default-priority queue. */
    static long underCoveragePenalty(long shortfallMilli, Queue queue) {
        return underCoveragePenalty(shortfallMilli) * queue.weightNumerator() / Queue.DEFAULT_WEIGHT_NUMERATOR;
    }

    private static boolean isLastDay(AgentDay agentDay) {
        return agentDay.getDay() == agentDay.getHorizonDays() - 1;
    }

    /** Whether {@code day} is the day just before the run or just after it. */
    private static boolean touches(Sequence<AgentDay, Integer> run, int day) {
        return day == run.getFirstItem().getDay() - 1 || day == run.getLastItem().getDay() + 1;
    }

    /** Whether {@code day} is one of the days off of the gap. */
    private static boolean within(Break<AgentDay, Integer> gap, int day) {
        return day > gap.getPreviousSequenceEnd().getDay() && day < gap.getNextSequenceStart().getDay();
    }

    private static int daysOff(Break<AgentDay, Integer> gap) {
        return gap.getLength() - 1;
    }

    private static long hoursUp(long minutes) {
        return (minutes + 59) / 60;
    }

    private static RosterTerms.AgentRef agent(Agent agent) {
        return new RosterTerms.AgentRef(agent.id());
    }

    private static RosterTerms.DayRef day(int day) {
        return new RosterTerms.DayRef(day);
    }

    private static RosterTerms.WeekRef week(int week) {
        return new RosterTerms.WeekRef(week);
    }

    private static Object shift(ShiftType shift) {
        return shift == null ? Phrase.of("roster.why.off") : new RosterTerms.ShiftRef(shift.id());
    }

    private static RosterTerms.Hours hours(long minutes) {
        return new RosterTerms.Hours(minutes);
    }

    /** A shift where it is worked, or "off". */
    private static Phrase placed(ShiftType shift, WorkLocation location) {
        return shift == null ? Phrase.of("roster.why.off")
                : Phrase.of("roster.why.shift-at", new RosterTerms.ShiftRef(shift.id()),
                        new RosterTerms.PlaceRef(location == null ? WorkLocation.HOME : location));
    }

    // ---- product layer: availability and repair ----

    /** Weekly availability and dated exceptions: a shift on a day outside the agent's availability. */
    Constraint onlyShiftsInsideAvailability(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(DayAvailability.class, equal(AgentDay::getAgent, DayAvailability::agent),
                        equal(AgentDay::getDay, DayAvailability::day))
                .filter((d, availability) -> !availability.permits(d.getShift()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((d, availability, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        availability.reason() == null || availability.reason().isBlank() ? "roster.why.availability"
                                : "roster.why.availability.reason", agent(d.getAgent()), shift(d.getShift()),
                        day(d.getDay()), availability.reason() == null ? "" : availability.reason()))
                .asConstraint(RosterConstraints.AVAILABILITY);
    }

    /** Repair: every minute that moves away from the published roster costs one (weight 1soft per minute). */
    Constraint keepPublishedShifts(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(AgentDay.class)
                .join(PublishedShift.class, equal(AgentDay::getAgent, PublishedShift::agent),
                        equal(AgentDay::getDay, PublishedShift::day))
                .filter((d, published) -> published.changedMinutes(d.getShift(), d.getLocation()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (d, published) -> published.changedMinutes(d.getShift(), d.getLocation()))
                .justifyWith((d, published, score) -> RosterJustification.ofAgentDay(d.getAgent(), d.getDay(),
                        "roster.why.keep-published", agent(d.getAgent()), day(d.getDay()),
                        placed(published.shiftType(), published.location()), placed(d.getShift(), d.getLocation()),
                        hours(published.changedMinutes(d.getShift(), d.getLocation()))))
                .asConstraint(RosterConstraints.KEEP_PUBLISHED);
    }
}
