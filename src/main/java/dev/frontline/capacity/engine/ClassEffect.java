package dev.frontline.capacity.engine;

import java.util.ArrayList;
import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * What one hiring class does to the gap: the plan's queue-weeks below goal and shortfall in FTE-weeks with every class
 * ({@code with…}) and without this one ({@code without…}). A class only adds supply to its own queue, so only that
 * queue is planned again; the other queues' figures are the plan's.
 */
public record ClassEffect(int weeksBelowWith, int weeksBelowWithout, double shortfallWith, double shortfallWithout) {

    /** The effect of {@code input.classes().get(index)} on {@code plan}, the plan of {@code input}. */
    public static ClassEffect of(CapacityInput input, CapacityPlan plan, int index) {
        HiringClass c = input.classes().get(index);
        QueueDemand queue = input.queues().stream().filter(q -> q.queueCode().equals(c.queueCode())).findFirst()
                .orElseThrow(() -> new CapacityInputException("queueCode", Phrase.of("capacity.error.queue-unknown", c.queueCode())));
        List<HiringClass> others = new ArrayList<>();
        for (int i = 0; i < input.classes().size(); i++) {
            if (i != index && input.classes().get(i).queueCode().equals(c.queueCode())) {
                others.add(input.classes().get(i));
            }
        }
        CapacityInput alone = new CapacityInput(input.settings(), List.of(queue),
                input.agents().stream().filter(a -> a.queueCode().equals(c.queueCode())).toList(), input.attrition(),
                input.training().stream().filter(t -> t.queueCode().equals(c.queueCode())).toList(), others);
        CapacityPlan.Summary without = CapacityPlanner.plan(alone).summary();
        QueuePlan with = plan.queues().stream().filter(q -> q.queueCode().equals(c.queueCode())).findFirst().orElseThrow();
        double shortWith = with.weeks().stream().filter(PlanWeek::belowGoal).mapToDouble(w -> -w.gapFte()).sum();
        CapacityPlan.Summary all = plan.summary();
        return new ClassEffect(all.weeksBelowGoal(), all.weeksBelowGoal() - with.weeksBelowGoal() + without.weeksBelowGoal(),
                all.shortfallFteWeeks(), all.shortfallFteWeeks() - shortWith + without.shortfallFteWeeks());
    }
}
