package dev.frontline.roster.engine;

/**
 * The intervals an agent-day spends in a training session that it would otherwise spend on the phones: the session's
 * intervals the agent is present in (after breaks). {@link CoverageCollector} takes them off the day's presence.
 */
record OffPhone(AgentDay agentDay, int[] intervals) {

    private static final int[] NONE = new int[0];

    static OffPhone of(TrainingSession session, AgentDay agentDay) {
        return new OffPhone(agentDay, within(session, agentDay.getPresence()));
    }

    /** The intervals of {@code presence} (ascending) that the session covers. */
    static int[] within(TrainingSession session, int[] presence) {
        if (!session.isPlaced() || presence.length == 0) {
            return NONE;
        }
        int first = session.firstInterval();
        int end = session.endInterval();
        int from = 0;
        while (from < presence.length && presence[from] < first) {
            from++;
        }
        int to = from;
        while (to < presence.length && presence[to] < end) {
            to++;
        }
        return from == to ? NONE : java.util.Arrays.copyOfRange(presence, from, to);
    }
}
