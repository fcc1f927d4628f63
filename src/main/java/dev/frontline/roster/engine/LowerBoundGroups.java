package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The agents of a roster gathered for {@link RosterLowerBound}: agents with the same contract, set of queues, shift
 * types, caps per shift type group and office-only site are one group, so that the relaxation counts agents per group
 * instead of deciding for each agent. Per group it keeps what the relaxation needs about its members: how many may
 * work each shift type on each day (time off, availability and pinned shifts), and the minutes the contract leaves
 * them per week and in the horizon after paid time off.
 */
public final class LowerBoundGroups {

    /**
     * One group. {@code proficiency} is, per queue, the most any member supplies with a whole interval there: the
     * largest proficiency, or the share rule's rounded share times its number of skills when that is larger, so the
     * group never supplies less than a member could.
     */
    public static final class Group {
        private final Contract contract;
        private final Map<Queue, Double> proficiency = new LinkedHashMap<>();
        private final List<ShiftType> shiftTypes;
        private final Map<String, Integer> caps;
        private final Site officeOnlySite;
        private final List<Agent> members = new ArrayList<>();
        private int[] available;
        private Map<ShiftType, int[]> able;
        private int[] weeklyMinutesLeft;
        private long horizonMinutesLeft;

        private Group(Contract contract, List<ShiftType> shiftTypes, Map<String, Integer> caps, Site officeOnlySite) {
            this.contract = contract;
            this.shiftTypes = shiftTypes;
            this.caps = caps;
            this.officeOnlySite = officeOnlySite;
        }

        public Contract contract() {
            return contract;
        }

        public Map<Queue, Double> proficiency() {
            return proficiency;
        }

        public List<ShiftType> shiftTypes() {
            return shiftTypes;
        }

        /** Caps per shift type group that every member has. */
        public Map<String, Integer> caps() {
            return caps;
        }

        /** The site whose office is the members' only place of work, or null when they may work elsewhere. */
        public Site officeOnlySite() {
            return officeOnlySite;
        }

        public List<Agent> members() {
            return members;
        }

        public int size() {
            return members.size();
        }

        /** Members that may work some shift on this day. */
        public int availableOn(int day) {
            return available[day];
        }

        /** Members that may work this shift type on this day. */
        public int ableOn(int day, ShiftType shift) {
            int[] counts = able.get(shift);
            return counts == null ? 0 : counts[day];
        }

        /** Σ over members of the weekly maximum less the week's paid time off (never below 0). */
        public double weeklyMaxMinutesLeft(int week) {
            return weeklyMinutesLeft[week];
        }

        public double horizonMaxMinutesLeft() {
            return horizonMinutesLeft;
        }
    }

    private record Key(Contract contract, Set<Queue> queues, List<ShiftType> shiftTypes, Map<String, Integer> caps,
            Site officeOnlySite) {
    }

    private final List<Group> groups;

    private LowerBoundGroups(List<Group> groups) {
        this.groups = groups;
    }

    public int size() {
        return groups.size();
    }

    public Group get(int index) {
        return groups.get(index);
    }

    /** The index of the agent's group, or -1 (an agent without skills is in none). */
    public int indexOf(Agent agent) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).members().contains(agent)) {
                return g;
            }
        }
        return -1;
    }

    public static LowerBoundGroups of(Roster roster) {
        Map<Key, Group> byKey = new LinkedHashMap<>();
        Map<Agent, Group> groupOf = new HashMap<>();
        for (Agent agent : roster.getAgents()) {
            if (agent.skills().isEmpty()) {
                continue;
            }
            Map<String, Integer> caps = new TreeMap<>();
            for (ShiftType shift : agent.shiftTypes()) {
                int cap = agent.maxShiftsOf(shift);
                if (cap < Integer.MAX_VALUE) {
                    caps.put(shift.group(), cap);
                }
            }
            Site officeOnly = officeOnlySite(agent);
            Key key = new Key(agent.contract(), Set.copyOf(agent.skills().keySet()), agent.shiftTypes(), Map.copyOf(caps),
                    officeOnly);
            Group group = byKey.computeIfAbsent(key,
                    k -> new Group(k.contract(), k.shiftTypes(), k.caps(), k.officeOnlySite()));
            group.members.add(agent);
            agent.skills().forEach((queue, proficiency) -> {
                int k = agent.skills().size();
                double rounded = k * DemandIndex.shareMilli(agent, queue) / 1000.0;
                group.proficiency.merge(queue, Math.max(proficiency, rounded), Math::max);
            });
            groupOf.put(agent, group);
        }
        int days = roster.getHorizonDays();
        int weeks = (days + 6) / 7;
        for (Group group : byKey.values()) {
            group.available = new int[days];
            group.able = new HashMap<>();
            group.weeklyMinutesLeft = new int[weeks];
        }
        Map<String, DayAvailability> availability = new HashMap<>();
        roster.getDayAvailabilities().forEach(a -> availability.put(a.agent().id() + "#" + a.day(), a));
        Map<String, Boolean> timeOff = new HashMap<>();
        roster.getTimeOffs().forEach(t -> timeOff.put(t.agent().id() + "#" + t.day(), true));
        Map<Agent, int[]> credit = new HashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            Group group = groupOf.get(agentDay.getAgent());
            if (group == null) {
                continue;
            }
            int day = agentDay.getDay();
            List<ShiftType> permitted = permitted(agentDay, availability.get(agentDay.getId()),
                    timeOff.containsKey(agentDay.getId()));
            if (!permitted.isEmpty()) {
                group.available[day]++;
            } else {
                // a day the agent cannot work counts its paid credit towards the maximum minutes
                credit.computeIfAbsent(agentDay.getAgent(), a -> new int[weeks])[day / 7] += agentDay.getCreditedMinutes();
            }
            for (ShiftType shift : permitted) {
                group.able.computeIfAbsent(shift, s -> new int[days])[day]++;
            }
        }
        for (Map.Entry<Agent, Group> entry : groupOf.entrySet()) {
            Contract contract = entry.getValue().contract;
            int[] paid = credit.getOrDefault(entry.getKey(), new int[weeks]);
            long paidTotal = 0;
            for (int w = 0; w < weeks; w++) {
                paidTotal += paid[w];
                if (contract.maxMinutesPerWeek() < Contract.UNLIMITED) {
                    entry.getValue().weeklyMinutesLeft[w] += Math.max(0, contract.maxMinutesPerWeek() - paid[w]);
                }
            }
            if (contract.maxMinutesInHorizon() < Contract.UNLIMITED) {
                entry.getValue().horizonMinutesLeft += Math.max(0, contract.maxMinutesInHorizon() - paidTotal);
            }
        }
        return new LowerBoundGroups(List.copyOf(byKey.values()));
    }

    /** The shift types the agent may work on the day without breaking a hard rule of that day alone. */
    private static List<ShiftType> permitted(AgentDay agentDay, DayAvailability availability, boolean onTimeOff) {
        if (agentDay.isPinned()) {
            return agentDay.getShift() == null ? List.of() : List.of(agentDay.getShift());
        }
        if (onTimeOff) {
            return List.of();
        }
        List<ShiftType> allowed = agentDay.getAgent().shiftTypes();
        return availability == null ? allowed : allowed.stream().filter(availability::permits).toList();
    }

    private static Site officeOnlySite(Agent agent) {
        Site only = null;
        for (WorkLocation location : agent.locations()) {
            if (!location.isOffice() || (only != null && !only.equals(location.site()))) {
                return null;
            }
            only = location.site();
        }
        return only;
    }
}
