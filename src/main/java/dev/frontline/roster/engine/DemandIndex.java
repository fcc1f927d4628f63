package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up the demand a working agent-day meets, so that constraints can expand a shift into what it supplies without
 * joining against every demand fact.
 * <p>
 * Multi-skill rule: an agent with k skills gives each of its queues a fixed share {@code proficiency / k} of one agent
 * in every interval its shift covers (a single-skilled, fully proficient agent supplies 1.0). The share does not depend
 * on the rest of the roster, which keeps supply incremental and explainable; its price is that an agent's time is not
 * moved between its queues interval by interval.
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

    /** The interval demands a shift worked by this agent on this day adds to, with the agent's share of each. */
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

    public static int intervalOf(int day, int minuteOfDay) {
        return (day * MINUTES_PER_DAY + minuteOfDay) / INTERVAL_MINUTES;
    }

    /** Fixed share of one agent per skill: proficiency divided by the number of skills, in thousandths. */
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
