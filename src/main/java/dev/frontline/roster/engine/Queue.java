package dev.frontline.roster.engine;

import java.util.Objects;

/**
 * A skill group, e.g. "Billing – Turkish – voice". Identified by {@code id}. Its routing {@code priority} runs from 1
 * (served first) to 10 (served last), as in the staffing simulator and the database, and weighs its under-coverage:
 * see {@link #weight()}.
 */
public record Queue(String id, String name, Channel channel, int priority) {

    /** A queue without a stated priority: weight 1, as every queue weighed before priorities counted. */
    public static final int DEFAULT_PRIORITY = 5;
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 10;
    /** The default priority's {@link #weightNumerator()}: a weight is that numerator over this one. */
    static final int DEFAULT_WEIGHT_NUMERATOR = LOWEST_PRIORITY + 1 - DEFAULT_PRIORITY;

    public Queue {
        Objects.requireNonNull(id, "queue id");
        Objects.requireNonNull(channel, "queue channel");
        if (priority < HIGHEST_PRIORITY || priority > LOWEST_PRIORITY) {
            throw new IllegalArgumentException("queue '" + id + "': priority " + priority + " is not between "
                    + HIGHEST_PRIORITY + " and " + LOWEST_PRIORITY);
        }
    }

    public Queue(String id, String name, Channel channel) {
        this(id, name, channel, DEFAULT_PRIORITY);
    }

    /**
     * How much a squared agent short on this queue costs against one on a default-priority queue: (11 − priority) / 6,
     * so priority 1 weighs 10/6, the default 5 weighs 1 and priority 10 weighs 1/6. Linear in the priority, so each
     * step up costs the same; a planner who marks a queue 1 says its callers' wait matters most, not that the others'
     * do not.
     */
    public double weight() {
        return (double) weightNumerator() / DEFAULT_WEIGHT_NUMERATOR;
    }

    /** The weight's numerator (1 to 10), for exact integer arithmetic in the score. */
    int weightNumerator() {
        return LOWEST_PRIORITY + 1 - priority;
    }
}
