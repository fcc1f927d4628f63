package dev.frontline.capacity.engine;

import java.util.List;

import dev.frontline.shared.text.Phrase;

/** Everything one capacity plan needs, as plain data. */
public record CapacityInput(PlanSettings settings, List<QueueDemand> queues, List<SupplyAgent> agents,
        AttritionModel attrition, List<TrainingLoad> training, List<HiringClass> classes) {

    public CapacityInput {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        training = List.copyOf(training);
        classes = List.copyOf(classes);
        if (attrition == null) {
            throw new CapacityInputException("attrition", Phrase.of("capacity.input.attrition-missing"));
        }
        for (QueueDemand q : queues) {
            if (q.weeks().size() < settings.weeks()) {
                throw new CapacityInputException("weeks", Phrase.of("capacity.input.demand-weeks", q.queueCode(), q.weeks().size(), settings.weeks()));
            }
            for (int w = 0; w < settings.weeks(); w++) {
                if (!q.weeks().get(w).weekStart().equals(settings.week(w))) {
                    throw new CapacityInputException("weekStart", Phrase.of("capacity.input.demand-week", q.queueCode(), q.weeks().get(w).weekStart(), settings.week(w)));
                }
            }
        }
    }

    public CapacityInput withClasses(List<HiringClass> newClasses) {
        return new CapacityInput(settings, queues, agents, attrition, training, newClasses);
    }
}
