package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * What bounds the classes the optimiser may propose: no class before {@code earliestStart} (today plus the recruiting
 * lead time), between {@code minClassSize} and the room's seats (and {@code maxClassSize}) hires a class, at most
 * {@code parallelClasses} classes in the classroom at once per site (the fewer of its trainers and rooms), at most
 * {@code hiringBudget} hires over the plan, and each queue's onboarding path.
 */
public record HiringLimits(LocalDate earliestStart, int minClassSize, int maxClassSize,
        Map<String, Integer> parallelClasses, int hiringBudget, Map<String, OnboardingPath> pathByQueue,
        double secondsLimit) {

    public HiringLimits {
        if (earliestStart == null || earliestStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new CapacityInputException("earliestStart", earliestStart == null
                    ? Phrase.of("capacity.error.start-required") : Phrase.of("capacity.error.start-monday", earliestStart));
        }
        if (minClassSize < 1 || maxClassSize < minClassSize) {
            throw new CapacityInputException("minClassSize", Phrase.of("capacity.input.class-sizes", minClassSize, maxClassSize));
        }
        if (hiringBudget < 0) {
            throw new CapacityInputException("hiringBudget", Phrase.of("capacity.error.budget-negative", hiringBudget));
        }
        parallelClasses = Map.copyOf(parallelClasses);
        pathByQueue = Map.copyOf(pathByQueue);
        for (var e : parallelClasses.entrySet()) {
            if (e.getValue() < 0) {
                throw new CapacityInputException("parallelClasses", Phrase.of("capacity.input.parallel-negative", e.getKey()));
            }
        }
        if (!(secondsLimit > 0)) {
            throw new CapacityInputException("secondsLimit", Phrase.of("capacity.input.seconds-limit"));
        }
    }

    /** The largest class of a queue: the room's seats or the limit, whichever is smaller. */
    public int largestClass(OnboardingPath path) {
        return Math.min(maxClassSize, path.roomSeats());
    }
}
