package dev.frontline.selfservice.bidding.engine;

import java.util.List;

/**
 * An agent's place in the order of a round (1 = chooses first) and what it rests on, as a code and arguments worded
 * for the reader: {@code HIRED} [hire date], {@code PREVIOUS_RANK} [rank obtained last round],
 * {@code PREVIOUS_NONE} [] (none of the lines ranked last round), {@code NO_HISTORY} [], {@code LOTTERY} [draw key].
 */
public record Place(long agentId, int place, String basis, List<String> args) {

    public static final String HIRED = "HIRED";
    public static final String PREVIOUS_RANK = "PREVIOUS_RANK";
    public static final String PREVIOUS_NONE = "PREVIOUS_NONE";
    public static final String NO_HISTORY = "NO_HISTORY";
    public static final String LOTTERY = "LOTTERY";

    public Place {
        args = List.copyOf(args);
    }
}
