package dev.frontline.training;

import java.util.List;

/**
 * An agent's own training: their paths with progress, what is next (open enrolments by due date), what they completed,
 * and their next sessions as the published rosters placed them.
 */
public record MyTraining(List<PathEnrolment> paths, List<Enrolment> next, List<Enrolment> completed,
        List<MySession> sessions) {
}
