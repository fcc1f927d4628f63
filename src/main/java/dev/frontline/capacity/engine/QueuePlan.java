package dev.frontline.capacity.engine;

import java.util.List;

/** One queue's weeks. */
public record QueuePlan(String queueCode, String siteCode, QueueModel model, List<PlanWeek> weeks) {

    public QueuePlan {
        weeks = List.copyOf(weeks);
    }

    public int weeksBelowGoal() {
        return (int) weeks.stream().filter(PlanWeek::belowGoal).count();
    }
}
