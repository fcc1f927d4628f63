package dev.frontline.roster.engine;

/**
 * An agent's wish for a day: to work ({@code wantsToWork}) or not to work a given shift type, or any shift when
 * {@code shiftType} is null. Breaking it costs {@code weight}.
 */
public record ShiftRequest(Agent agent, int day, ShiftType shiftType, boolean wantsToWork, int weight) {

    public ShiftRequest {
        if (weight < 0) {
            throw new IllegalArgumentException("request of agent '" + agent.id() + "' on day " + day + ": weight "
                    + weight + " is negative");
        }
    }

    /** Whether the day's assignment ({@code null} = day off) is what the request names. */
    public boolean matches(ShiftType assigned) {
        return assigned != null && (shiftType == null || shiftType.equals(assigned));
    }
}
