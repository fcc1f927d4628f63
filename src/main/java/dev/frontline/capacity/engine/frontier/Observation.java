package dev.frontline.capacity.engine.frontier;

/**
 * One observation a lever model is fitted on: an agent's month of QA or FCR, or a hire's first 13 weeks (1 if they
 * left, 0 if they stayed).
 *
 * @param cohort          the agent's hire cohort (their hire month): agents of one cohort share their class, so the
 *                        standard errors are clustered by it
 * @param tenureWeeks     the agent's tenure in the middle of the month
 * @param classroomWeeks  the classroom weeks of the agent's onboarding, or null when not recorded
 * @param nestingWeeks    its nesting weeks, or null
 * @param coachingHours   hours a week of training the agent received in the 13 weeks before
 * @param value           QA score, FCR %, or 1/0 for an early exit
 * @param weight          QA evaluations, contacts, or 1
 */
public record Observation(String cohort, long agentId, double tenureWeeks, Double classroomWeeks, Double nestingWeeks,
        double coachingHours, double value, double weight) {

    Double covariate(Term term) {
        return switch (term) {
            case NEW_HIRE -> tenureWeeks;
            case CLASSROOM_WEEKS -> classroomWeeks;
            case NESTING_WEEKS -> nestingWeeks;
            case COACHING_HOURS -> coachingHours;
        };
    }
}
