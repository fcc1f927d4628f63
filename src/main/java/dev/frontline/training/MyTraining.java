package dev.frontline.training;

import java.util.List;

/** An agent's own training: their paths with progress, what is next (open enrolments by due date), what they completed. */
public record MyTraining(List<PathEnrolment> paths, List<Enrolment> next, List<Enrolment> completed) {
}
