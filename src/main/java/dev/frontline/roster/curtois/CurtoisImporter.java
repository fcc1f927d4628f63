package dev.frontline.roster.curtois;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.BreakRule;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;

/**
 * Maps a Curtois instance onto the product's roster model, with no benchmark-only rule: each employee becomes an agent
 * with its own contract (minutes, consecutive runs, days off, weekends) and per-type shift caps (a cap of 0 removes the
 * shift type from the agent's allowed shifts), days off become approved time off, requests become shift requests and
 * cover becomes demand per day and shift type. The benchmark's objective is then exactly the soft score; the one
 * product preference with no counterpart in the benchmark, weekend fairness, is weighted 0.
 */
public final class CurtoisImporter {

    /** Curtois instances start on a Monday without a date; any Monday gives the same weekdays. */
    public static final LocalDate START = LocalDate.of(2024, 1, 1);

    private CurtoisImporter() {
    }

    public static Roster toRoster(CurtoisInstance instance) {
        RosterBuilder builder = new RosterBuilder(instance.name(), START, instance.days());
        Map<String, ShiftType> types = new HashMap<>();
        for (CurtoisInstance.ShiftDef shift : instance.shifts()) {
            // the format gives no start time: rest is ruled by the forbidden successions, not by the clock
            ShiftType type = new ShiftType(shift.id(), 0, shift.minutes(), shift.cannotBeFollowedBy(), BreakRule.none());
            types.put(shift.id(), type);
            builder.shiftType(type);
        }
        for (CurtoisInstance.Staff staff : instance.staff()) {
            Contract contract = Contract.unrestricted(staff.id())
                    .withHorizonMinutes(staff.minTotalMinutes(), staff.maxTotalMinutes())
                    .withConsecutive(staff.maxConsecutiveShifts(), staff.minConsecutiveShifts(), staff.minConsecutiveDaysOff())
                    .withMaxWeekends(staff.maxWeekends());
            List<ShiftType> allowed = new ArrayList<>();
            staff.maxShifts().forEach((id, max) -> {
                if (max > 0) {
                    allowed.add(types.get(id));
                }
            });
            builder.agent(new Agent(staff.id(), staff.id(), contract, Map.of(), null, false, List.of(WorkLocation.HOME),
                    allowed, staff.maxShifts()));
        }
        instance.daysOff().forEach((staffId, days) -> days.forEach(day -> builder.timeOff(staffId, day, "day off")));
        instance.onRequests().forEach(r -> builder.shiftRequest(r.staffId(), r.day(), r.shiftId(), true, r.weight()));
        instance.offRequests().forEach(r -> builder.shiftRequest(r.staffId(), r.day(), r.shiftId(), false, r.weight()));
        instance.cover().forEach(c -> builder.shiftCover(c.day(), c.shiftId(), c.requirement(), c.underWeight(), c.overWeight()));
        builder.constraintWeight(RosterConstraints.FAIR_WEEKENDS, HardSoftLongScore.ZERO);
        return builder.build();
    }

    /** The roster as the benchmark sees it: shift id per employee (instance order) and day, null for a day off. */
    public static String[][] toGrid(CurtoisInstance instance, Roster roster) {
        String[][] grid = new String[instance.staff().size()][instance.days()];
        for (AgentDay agentDay : roster.getAgentDays()) {
            int e = instance.staffIndex(agentDay.getAgent().id());
            grid[e][agentDay.getDay()] = agentDay.getShift() == null ? null : agentDay.getShift().id();
        }
        return grid;
    }
}
