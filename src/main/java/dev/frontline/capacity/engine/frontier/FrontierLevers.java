package dev.frontline.capacity.engine.frontier;

/**
 * One setting of the levers that trade speed for quality.
 *
 * @param classroomWeeks      the onboarding classroom's length
 * @param nestingWeeks        the nesting that follows it
 * @param coachingHours       hours a week every agent spends off the phones in coaching and training, set aside on
 *                            top of the training the centre gives today
 * @param serviceLevelPercent every real-time queue's service-level target, or null for each queue's own
 * @param occupancyCapPercent every queue's occupancy cap
 */
public record FrontierLevers(int classroomWeeks, int nestingWeeks, double coachingHours, Double serviceLevelPercent,
        double occupancyCapPercent) {
}
