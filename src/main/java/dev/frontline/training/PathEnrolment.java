package dev.frontline.training;

import java.time.LocalDate;
import java.util.List;


/** An agent on a path: when, due when, where they stand, and the enrolment on each course of the path in order. */
public record PathEnrolment(long id, String employeeNumber, String agentName, String teamName, String pathCode,
        String pathName, LocalDate enrolledOn, LocalDate dueDate, PathProgress progress, List<Enrolment> courses) {
}
