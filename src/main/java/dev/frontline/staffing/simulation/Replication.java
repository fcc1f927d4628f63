package dev.frontline.staffing.simulation;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One run of the centre: a discrete-event loop over a priority queue of timed events (arrival, end of handling,
 * abandonment, interval boundary). Counts are kept per queue and arrival interval.
 *
 * <p>Routing: an arriving contact goes to the idle skilled agent with the highest proficiency for its queue (ties:
 * the agent idle longest); if none is idle it waits, and a freed agent takes the head of the highest-priority
 * queue it is skilled for (ties: the longest-waiting head). Agents start and stop at interval boundaries; one whose
 * shift ends mid-contact finishes it. After the last interval no contacts arrive and the last interval's agents
 * stay on until the queues are empty.
 */
final class Replication {

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int ABANDON = 2;
    private static final int BOUNDARY = 3;

    private static final class Event {
        final double time;
        final long sequence;
        final int type;
        final int index;
        final Contact contact;

        Event(double time, long sequence, int type, int index, Contact contact) {
            this.time = time;
            this.sequence = sequence;
            this.type = type;
            this.index = index;
            this.contact = contact;
        }
    }

    private static final class Contact {
        final int queue;
        final int interval;
        final double arrival;
        boolean done;

        Contact(int queue, int interval, double arrival) {
            this.queue = queue;
            this.interval = interval;
            this.arrival = arrival;
        }
    }

    private final SimulationScenario scenario;
    private final SplittableRandom random;
    private final double length;
    private final int intervals;
    private final int queueCount;
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparingDouble((Event e) -> e.time).thenComparingLong(e -> e.sequence));
    private long sequence;

    private final int[][] agentSkills;
    private final double[][] agentProficiency;
    private final boolean[] onShift;
    private final boolean[] busy;
    private final double[] idleSince;
    private final int[][] agentsByProficiency;
    private final int[] idleSkilled;
    private final ArrayDeque<Contact>[] waiting;
    private final int[] priority;

    final double[][] offered;
    final double[][] answered;
    final double[][] answeredWithin;
    final double[][] abandoned;
    final double[][] waitOfAnswered;
    final double[][] busyByQueue;
    final double[][] skilledLoggedIn;
    final double[] busySeconds;
    final double[] loggedInSeconds;

    @SuppressWarnings("unchecked")
    Replication(SimulationScenario scenario, long seed) {
        this.scenario = scenario;
        this.random = new SplittableRandom(seed);
        this.length = scenario.intervalSeconds();
        this.intervals = scenario.intervals();
        List<SimulatedQueue> queues = scenario.queues();
        this.queueCount = queues.size();
        List<SimulatedAgent> agents = scenario.agents();
        int agentCount = agents.size();
        agentSkills = new int[agentCount][];
        agentProficiency = new double[agentCount][];
        onShift = new boolean[agentCount];
        busy = new boolean[agentCount];
        idleSince = new double[agentCount];
        for (int a = 0; a < agentCount; a++) {
            SimulatedAgent agent = agents.get(a);
            int[] skills = new int[agent.proficiency().size()];
            double[] prof = new double[skills.length];
            int k = 0;
            for (int q = 0; q < queueCount; q++) {
                Double p = agent.proficiency().get(queues.get(q).name());
                if (p != null) {
                    skills[k] = q;
                    prof[k++] = p;
                }
            }
            agentSkills[a] = skills;
            agentProficiency[a] = prof;
        }
        agentsByProficiency = new int[queueCount][];
        for (int q = 0; q < queueCount; q++) {
            String name = queues.get(q).name();
            agentsByProficiency[q] = java.util.stream.IntStream.range(0, agentCount)
                    .filter(a -> agents.get(a).proficiency().containsKey(name)).boxed()
                    .sorted(Comparator.comparingDouble((Integer a) -> -agents.get(a).proficiency().get(name)))
                    .mapToInt(Integer::intValue).toArray();
        }
        idleSkilled = new int[queueCount];
        waiting = new ArrayDeque[queueCount];
        priority = new int[queueCount];
        for (int q = 0; q < queueCount; q++) {
            waiting[q] = new ArrayDeque<>();
            priority[q] = queues.get(q).priority();
        }
        offered = new double[queueCount][intervals];
        answered = new double[queueCount][intervals];
        answeredWithin = new double[queueCount][intervals];
        abandoned = new double[queueCount][intervals];
        waitOfAnswered = new double[queueCount][intervals];
        busyByQueue = new double[queueCount][intervals];
        skilledLoggedIn = new double[queueCount][intervals];
        busySeconds = new double[intervals];
        loggedInSeconds = new double[intervals];
    }

    Replication run() {
        for (int i = 0; i < intervals; i++) {
            push(i * length, BOUNDARY, i, null);
        }
        for (int q = 0; q < queueCount; q++) {
            scheduleArrival(q, 0);
        }
        while (!events.isEmpty()) {
            Event e = events.poll();
            switch (e.type) {
                case ARRIVAL -> arrive(e.index, e.time);
                case DEPARTURE -> depart(e.index, e.time);
                case ABANDON -> abandon(e.contact);
                default -> boundary(e.index, e.time);
            }
        }
        return this;
    }

    private void push(double time, int type, int index, Contact contact) {
        events.add(new Event(time, sequence++, type, index, contact));
    }

    /** Next Poisson arrival of queue q after {@code from}, with the rate of the interval it falls in. */
    private void scheduleArrival(int q, double from) {
        double[] arrivals = scenario.queues().get(q).arrivals();
        int i = Math.min(intervals, (int) Math.floor(from / length));
        double t = from;
        while (i < intervals) {
            double end = (i + 1) * length;
            double rate = arrivals[i] / length;
            if (rate > 0) {
                // Memoryless: a draw past the interval's end is discarded and redrawn at the next interval's rate.
                double next = t + random.nextExponential() / rate;
                if (next < end) {
                    push(next, ARRIVAL, q, null);
                    return;
                }
            }
            t = end;
            i++;
        }
    }

    private void arrive(int q, double now) {
        int interval = Math.min(intervals - 1, (int) Math.floor(now / length));
        Contact contact = new Contact(q, interval, now);
        offered[q][interval]++;
        scheduleArrival(q, now);
        int agent = bestIdleAgent(q);
        if (agent >= 0) {
            startService(agent, contact, now);
            return;
        }
        waiting[q].addLast(contact);
        SimulatedQueue queue = scenario.queues().get(q);
        if (queue.patienceSeconds().isPresent()) {
            push(now + queue.patienceSeconds().getAsDouble() * random.nextExponential(), ABANDON, q, contact);
        }
    }

    private int bestIdleAgent(int q) {
        if (idleSkilled[q] == 0) {
            return -1;
        }
        int best = -1;
        double bestProficiency = 0;
        for (int a : agentsByProficiency[q]) {
            if (!onShift[a] || busy[a]) {
                continue;
            }
            double p = proficiency(a, q);
            if (best >= 0 && p < bestProficiency) {
                break;
            }
            if (best < 0 || idleSince[a] < idleSince[best]) {
                best = a;
                bestProficiency = p;
            }
        }
        return best;
    }

    private double proficiency(int agent, int q) {
        int[] skills = agentSkills[agent];
        for (int k = 0; k < skills.length; k++) {
            if (skills[k] == q) {
                return agentProficiency[agent][k];
            }
        }
        throw new IllegalStateException("agent " + agent + " lacks queue " + q);
    }

    private void startService(int agent, Contact contact, double now) {
        int q = contact.queue;
        int interval = contact.interval;
        double wait = now - contact.arrival;
        contact.done = true;
        answered[q][interval]++;
        waitOfAnswered[q][interval] += wait;
        if (wait <= scenario.queues().get(q).thresholdSeconds()) {
            answeredWithin[q][interval]++;
        }
        setIdle(agent, false);
        busy[agent] = true;
        double mean = scenario.queues().get(q).ahtSeconds()[interval];
        double duration = scenario.handleTime().sample(random, mean) / proficiency(agent, q);
        recordBusy(agent, q, now, now + duration);
        push(now + duration, DEPARTURE, agent, null);
    }

    /** Spreads a handling period over the intervals it overlaps; time past the agent's shift counts as logged in. */
    private void recordBusy(int agent, int q, double start, double end) {
        int first = (int) Math.floor(start / length);
        for (int i = first; i < intervals && i * length < end; i++) {
            double overlap = Math.min(end, (i + 1) * length) - Math.max(start, i * length);
            if (overlap <= 0) {
                continue;
            }
            busySeconds[i] += overlap;
            busyByQueue[q][i] += overlap;
            if (!scenario.agents().get(agent).workingIntervals().get(i)) {
                loggedInSeconds[i] += overlap;
                for (int skill : agentSkills[agent]) {
                    skilledLoggedIn[skill][i] += overlap;
                }
            }
        }
    }

    private void setIdle(int agent, boolean idle) {
        boolean wasIdle = onShift[agent] && !busy[agent];
        if (wasIdle == idle) {
            return;
        }
        for (int q : agentSkills[agent]) {
            idleSkilled[q] += idle ? 1 : -1;
        }
    }

    private void depart(int agent, double now) {
        if (onShift[agent]) {
            busy[agent] = false;
            for (int q : agentSkills[agent]) {
                idleSkilled[q]++;
            }
            idleSince[agent] = now;
            pullWork(agent, now);
        } else {
            busy[agent] = false;
        }
    }

    private void pullWork(int agent, double now) {
        int chosen = -1;
        Contact head = null;
        for (int q : agentSkills[agent]) {
            Contact c = liveHead(q);
            if (c == null) {
                continue;
            }
            if (head == null || priority[q] < priority[chosen]
                    || (priority[q] == priority[chosen] && c.arrival < head.arrival)) {
                chosen = q;
                head = c;
            }
        }
        if (head != null) {
            waiting[chosen].pollFirst();
            startService(agent, head, now);
        }
    }

    /** The first contact still waiting in queue q; abandoned ones are dropped lazily here. */
    private Contact liveHead(int q) {
        ArrayDeque<Contact> deque = waiting[q];
        while (!deque.isEmpty() && deque.peekFirst().done) {
            deque.pollFirst();
        }
        return deque.peekFirst();
    }

    private void abandon(Contact contact) {
        if (!contact.done) {
            contact.done = true;
            abandoned[contact.queue][contact.interval]++;
        }
    }

    private void boundary(int interval, double now) {
        List<SimulatedAgent> agents = scenario.agents();
        int[] starting = new int[agents.size()];
        int startingCount = 0;
        for (int a = 0; a < agents.size(); a++) {
            boolean works = agents.get(a).workingIntervals().get(interval);
            if (works) {
                loggedInSeconds[interval] += length;
                for (int q : agentSkills[a]) {
                    skilledLoggedIn[q][interval] += length;
                }
            }
            if (works == onShift[a]) {
                continue;
            }
            if (!works) {
                setIdle(a, false);
                onShift[a] = false;
            } else {
                onShift[a] = true;
                if (!busy[a]) {
                    for (int q : agentSkills[a]) {
                        idleSkilled[q]++;
                    }
                    idleSince[a] = now;
                    starting[startingCount++] = a;
                }
            }
        }
        for (int k = 0; k < startingCount; k++) {
            if (!busy[starting[k]]) {
                pullWork(starting[k], now);
            }
        }
    }
}
