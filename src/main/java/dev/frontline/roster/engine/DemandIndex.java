package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up the demand a working agent-day meets, so that constraints can expand a shift into what it supplies without
 * joining against every demand fact.
 * <p>
 * Supply is counted by allocation (see {@link SkillAllocation}): the index numbers the queues that have requirements
 * (in priority order: the queue's priority, then voice, chat, email, …, then id) and the skill groups of the agents (the set of such queues an
 * agent serves), and keeps one requirement per interval and queue in a flat array for the allocation to read.
 * <p>
 * {@link #supplies} is the construction's quick estimate only: a fixed share {@code proficiency / k} of an agent with
 * k skills per queue, which {@link PatternStart} uses to pick a first roster; the score never uses it.
 */
public final class DemandIndex {

    public static final int INTERVAL_MINUTES = 15;
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final int horizonIntervals;
    private final IntervalDemand[] demands;
    private final Map<String, IntervalDemand[]> byQueue = new HashMap<>();
    private final Map<ShiftType, ShiftDemand[]> shiftDemands = new HashMap<>();
    private final Map<SupplyKey, List<Supply>> supplyCache = new ConcurrentHashMap<>();
    private final Map<Agent, List<QueueShare>> sharesByAgent = new ConcurrentHashMap<>();
    private final List<Queue> queues;
    private final Map<String, Integer> queueIndex = new HashMap<>();
    private final IntervalDemand[] demandAt;
    private final Map<List<Integer>, SkillGroup> groupsByQueues = new HashMap<>();
    private int groupCount;
    private final Map<Agent, AgentSkills> skillsByAgent = new ConcurrentHashMap<>();
    private final Map<PresenceKey, int[]> presenceCache = new ConcurrentHashMap<>();

    /** Break placement depends on an agent only through its skills and stagger bucket (see {@link BreakPlanner}). */
    private record PresenceKey(int group, int day, ShiftType shiftType, int bucket) {
    }

    /** A skill set: the demanded queues (indices, in priority order) that its agents serve. */
    record SkillGroup(int id, int[] queues) {
    }

    /**
     * An agent's skill group, the group's queues as a bit mask, and the agent's capacity: the mean of its proficiencies
     * on those queues (thousandths), what the agent gives whichever of them it serves.
     */
    record AgentSkills(SkillGroup group, int mask, int capacityMilli) {
    }

    private record QueueShare(String queueId, int milli) {
    }

    private record SupplyKey(List<QueueShare> shares, int day, ShiftType shiftType) {
    }

    public DemandIndex(int horizonDays, Collection<IntervalDemand> intervalDemands, Collection<ShiftDemand> shiftDemandList) {
        this.horizonIntervals = horizonDays * MINUTES_PER_DAY / INTERVAL_MINUTES;
        this.demands = intervalDemands.toArray(IntervalDemand[]::new);
        for (int i = 0; i < demands.length; i++) {
            demands[i].setIndex(i);
        }
        for (IntervalDemand demand : intervalDemands) {
            if (demand.interval() < 0 || demand.interval() >= horizonIntervals) {
                throw new IllegalArgumentException("queue '" + demand.queue().id() + "': interval " + demand.interval()
                        + " is outside the horizon of " + horizonIntervals + " intervals");
            }
            IntervalDemand[] row = byQueue.computeIfAbsent(demand.queue().id(), q -> new IntervalDemand[horizonIntervals]);
            if (row[demand.interval()] != null) {
                throw new IllegalArgumentException("queue '" + demand.queue().id() + "': interval " + demand.interval()
                        + " has two requirements");
            }
            row[demand.interval()] = demand;
        }
        this.queues = intervalDemands.stream().map(IntervalDemand::queue).distinct()
                .sorted(Comparator.comparingInt(Queue::priority).thenComparing(Queue::channel).thenComparing(Queue::id))
                .toList();
        for (int q = 0; q < queues.size(); q++) {
            queueIndex.put(queues.get(q).id(), q);
        }
        this.demandAt = new IntervalDemand[horizonIntervals * queues.size()];
        for (IntervalDemand demand : intervalDemands) {
            demandAt[demand.interval() * queues.size() + queueIndex.get(demand.queue().id())] = demand;
        }
        for (ShiftDemand demand : shiftDemandList) {
            if (demand.day() < 0 || demand.day() >= horizonDays) {
                throw new IllegalArgumentException("cover for shift '" + demand.shiftType().id() + "': day " + demand.day()
                        + " is outside the horizon of " + horizonDays + " days");
            }
            ShiftDemand[] row = shiftDemands.computeIfAbsent(demand.shiftType(), s -> new ShiftDemand[horizonDays]);
            if (row[demand.day()] != null) {
                throw new IllegalArgumentException("cover for shift '" + demand.shiftType().id() + "' on day "
                        + demand.day() + " is given twice");
            }
            row[demand.day()] = demand;
        }
    }

    /**
     * The construction's estimate of what a shift adds to each interval demand: the agent's fixed share per queue,
     * breaks not taken out. The score allocates instead (see {@link SkillAllocation}).
     */
    public List<Supply> supplies(Agent agent, int day, ShiftType shiftType) {
        if (byQueue.isEmpty() || agent.skills().isEmpty()) {
            return List.of();
        }
        List<QueueShare> shares = sharesByAgent.computeIfAbsent(agent, DemandIndex::shares);
        return supplyCache.computeIfAbsent(new SupplyKey(shares, day, shiftType), this::expand);
    }

    /** Every interval demand; position i holds the demand whose {@code index()} is i. */
    IntervalDemand[] demands() {
        return demands;
    }

    /** The cover asked for this shift type on this day, or null when none is asked. */
    public ShiftDemand shiftDemand(int day, ShiftType shiftType) {
        ShiftDemand[] row = shiftDemands.get(shiftType);
        return row == null ? null : row[day];
    }

    int horizonIntervals() {
        return horizonIntervals;
    }

    /** Queues with requirements, in priority order; a queue's position is its index in the allocation arrays. */
    List<Queue> queues() {
        return queues;
    }

    /** The requirement of queue {@code q} (an index into {@link #queues()}) in an interval, or null. */
    IntervalDemand demandAt(int interval, int q) {
        return demandAt[interval * queues.size() + q];
    }

    /**
     * The agent's skill group (null when none of its skills has a requirement) and capacity. Agents with the same
     * demanded queues share a group whatever their proficiencies; explanations report the allocation per group.
     */
    AgentSkills skillsOf(Agent agent) {
        AgentSkills known = skillsByAgent.get(agent);
        return known != null ? known : skillsByAgent.computeIfAbsent(agent, this::register);
    }

    private synchronized AgentSkills register(Agent agent) {
        List<int[]> served = new ArrayList<>();
        agent.skills().forEach((queue, proficiency) -> {
            Integer q = queueIndex.get(queue.id());
            if (q != null) {
                served.add(new int[] {q, (int) Math.round(1000.0 * proficiency)});
            }
        });
        if (served.isEmpty()) {
            return new AgentSkills(null, 0, 0);
        }
        served.sort(Comparator.comparingInt(pair -> pair[0]));
        List<Integer> key = served.stream().map(pair -> pair[0]).toList();
        SkillGroup group = groupsByQueues.computeIfAbsent(key,
                k -> new SkillGroup(groupCount++, k.stream().mapToInt(Integer::intValue).toArray()));
        int mask = 0;
        for (int q : group.queues()) {
            // only read when there are at most CoverageTally.MAX_QUEUES queues
            mask |= 1 << q;
        }
        int capacity = (int) Math.round(served.stream().mapToInt(pair -> pair[1]).average().orElse(0));
        return new AgentSkills(group, mask, capacity);
    }

    /**
     * The intervals in which the agent is at work on this shift: the shift's intervals inside the horizon, less those
     * of its breaks and lunch as the agent-day's stagger bucket places them ({@link BreakPlanner#breaks}).
     */
    int[] presence(Agent agent, int day, ShiftType shiftType, int bucket) {
        AgentSkills skills = skillsOf(agent);
        // a shift without breaks is present whole whatever its bucket: one entry, not eight
        PresenceKey key = new PresenceKey(skills.group() == null ? -1 : skills.group().id(), day, shiftType,
                shiftType.breakRule().hasBreaks() ? bucket : 0);
        int[] known = presenceCache.get(key);
        return known != null ? known
                : presenceCache.computeIfAbsent(key, k -> placePresence(agent, day, shiftType, bucket));
    }

    private int[] placePresence(Agent agent, int day, ShiftType shiftType, int bucket) {
        int first = intervalOf(day, shiftType.startMinute());
        int count = (shiftType.lengthMinutes() + INTERVAL_MINUTES - 1) / INTERVAL_MINUTES;
        int last = Math.min(first + count, horizonIntervals);
        boolean[] away = new boolean[Math.max(0, last - first)];
        for (BreakPlanner.PlannedBreak pause : BreakPlanner.breaks(this, agent, day, shiftType, bucket)) {
            int from = pause.startMinute() / INTERVAL_MINUTES;
            int to = (pause.startMinute() + pause.minutes() + INTERVAL_MINUTES - 1) / INTERVAL_MINUTES;
            for (int interval = Math.max(from, first); interval < Math.min(to, last); interval++) {
                away[interval - first] = true;
            }
        }
        int[] present = new int[away.length];
        int n = 0;
        for (int interval = first; interval < last; interval++) {
            if (!away[interval - first]) {
                present[n++] = interval;
            }
        }
        return n == present.length ? present : java.util.Arrays.copyOf(present, n);
    }

    /** Intervals of the shift inside the horizon, breaks not taken out (the before-breaks figures). */
    int[] shiftIntervals(int day, ShiftType shiftType) {
        int first = intervalOf(day, shiftType.startMinute());
        int count = (shiftType.lengthMinutes() + INTERVAL_MINUTES - 1) / INTERVAL_MINUTES;
        int last = Math.min(first + count, horizonIntervals);
        int[] intervals = new int[Math.max(0, last - first)];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = first + i;
        }
        return intervals;
    }

    /** Required thousandths of an agent in an interval, summed over the agent's queues (0 outside the horizon). */
    long requiredMilli(AgentSkills skills, int interval) {
        if (skills.group() == null || interval < 0 || interval >= horizonIntervals) {
            return 0;
        }
        long required = 0;
        for (int q : skills.group().queues()) {
            IntervalDemand demand = demandAt(interval, q);
            required += demand == null ? 0 : demand.requiredMilli();
        }
        return required;
    }

    public static int intervalOf(int day, int minuteOfDay) {
        return (day * MINUTES_PER_DAY + minuteOfDay) / INTERVAL_MINUTES;
    }

    /** The construction's estimate: proficiency divided by the number of skills, in thousandths. */
    public static int shareMilli(Agent agent, Queue queue) {
        Double proficiency = agent.skills().get(queue);
        return proficiency == null ? 0 : (int) Math.round(1000.0 * proficiency / agent.skills().size());
    }

    private static List<QueueShare> shares(Agent agent) {
        List<QueueShare> shares = new ArrayList<>(agent.skills().size());
        agent.skills().keySet().forEach(queue -> shares.add(new QueueShare(queue.id(), shareMilli(agent, queue))));
        return shares;
    }

    private List<Supply> expand(SupplyKey key) {
        int first = intervalOf(key.day(), key.shiftType().startMinute());
        int count = (key.shiftType().lengthMinutes() + INTERVAL_MINUTES - 1) / INTERVAL_MINUTES;
        int last = Math.min(first + count, horizonIntervals);
        List<Supply> supplies = new ArrayList<>();
        for (QueueShare share : key.shares()) {
            IntervalDemand[] row = byQueue.get(share.queueId());
            if (row == null) {
                continue;
            }
            for (int interval = first; interval < last; interval++) {
                if (row[interval] != null) {
                    supplies.add(new Supply(row[interval], share.milli()));
                }
            }
        }
        return List.copyOf(supplies);
    }
}
