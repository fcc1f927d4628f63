package dev.frontline.roster.engine;

/**
 * The contacts behind a queue's requirement: expected arrivals per 15-minute interval of the horizon, the handle time
 * one agent spends per contact when taking them one at a time, and the service goal's threshold, so that a solved
 * roster can be replayed in the staffing simulator ({@link RosterServiceLevelSimulation}).
 *
 * @param priority routing priority in the simulation, lower is served first
 */
public record QueueTraffic(Queue queue, double[] contacts, double ahtSeconds, double thresholdSeconds,
        double serviceLevelGoal, int priority) {

    public QueueTraffic {
        contacts = contacts.clone();
    }
}
