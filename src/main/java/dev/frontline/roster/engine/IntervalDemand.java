package dev.frontline.roster.engine;

/**
 * Agents required on a queue in one interval of the horizon ({@code interval} counts intervals from the horizon start),
 * in thousandths of an agent so that fractional requirements and proficiency-weighted supply stay exact integers.
 */
public final class IntervalDemand {

    private final Queue queue;
    private final int interval;
    private final int requiredMilli;
    private int index = -1;

    public IntervalDemand(Queue queue, int interval, int requiredMilli) {
        if (requiredMilli < 0) {
            throw new IllegalArgumentException("queue '" + queue.id() + "', interval " + interval + ": requirement "
                    + requiredMilli + " is negative");
        }
        this.queue = queue;
        this.interval = interval;
        this.requiredMilli = requiredMilli;
    }

    public Queue queue() {
        return queue;
    }

    public int interval() {
        return interval;
    }

    public int requiredMilli() {
        return requiredMilli;
    }

    /** Position in its {@link DemandIndex}, for array-based coverage counting. */
    int index() {
        return index;
    }

    void setIndex(int index) {
        if (this.index >= 0 && this.index != index) {
            throw new IllegalArgumentException("interval demand " + this + " belongs to another demand index");
        }
        this.index = index;
    }

    @Override
    public String toString() {
        return queue.id() + "@" + interval + "=" + requiredMilli / 1000.0;
    }
}
