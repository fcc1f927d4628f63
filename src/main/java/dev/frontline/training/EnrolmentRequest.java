package dev.frontline.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Enrols agents (one or a cohort, by employee number) on a course or a path (exactly one of the two codes), due on
 * {@code dueDate}.
 */
public record EnrolmentRequest(List<String> employeeNumbers, String courseCode, String pathCode, LocalDate dueDate) {
}
