package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.util.Map;

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
            throw new CapacityInputException("earliestStart", "a class starts on a Monday: " + earliestStart);
        }
        if (minClassSize < 1 || maxClassSize < minClassSize) {
            throw new CapacityInputException("minClassSize", "class sizes must satisfy 1 ≤ min ≤ max, got "
                    + minClassSize + " and " + maxClassSize);
        }
        if (hiringBudget < 0) {
            throw new CapacityInputException("hiringBudget", "cannot be negative: " + hiringBudget);
        }
        parallelClasses = Map.copyOf(parallelClasses);
        pathByQueue = Map.copyOf(pathByQueue);
        for (var e : parallelClasses.entrySet()) {
            if (e.getValue() < 0) {
                throw new CapacityInputException("parallelClasses", "site " + e.getKey() + ": cannot be negative");
            }
        }
        if (!(secondsLimit > 0)) {
            throw new CapacityInputException("secondsLimit", "must be positive");
        }
    }

    /** The largest class of a queue: the room's seats or the limit, whichever is smaller. */
    public int largestClass(OnboardingPath path) {
        return Math.min(maxClassSize, path.roomSeats());
    }
}
