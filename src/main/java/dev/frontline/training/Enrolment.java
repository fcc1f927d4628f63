package dev.frontline.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.frontline.db.enums.EnrolmentStatus;

/**
 * An agent on a course as HR, planners and the agent see it today: the status as seen today (a completion past its
 * validity reads EXPIRED), when the completion expires, whether open work is overdue and whether a completion expires
 * within {@link dev.frontline.training.Compliance#SOON_DAYS} days. {@code pathCode} is set when the enrolment
 * is part of a path enrolment; {@code employed} is false once the agent has left.
 */
public record Enrolment(long id, int version, String employeeNumber, String agentName, String teamName,
        String courseCode, String courseName, String pathCode, Long pathEnrolmentId, LocalDate enrolledOn,
        LocalDate dueDate, EnrolmentStatus status, LocalDate completedOn, BigDecimal score, LocalDate expiresOn,
        boolean overdue, boolean expiringSoon, boolean employed) {
}
