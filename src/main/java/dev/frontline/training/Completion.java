package dev.frontline.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A result to record: the agent passed ({@code passed}) or failed the course on {@code on}, with an optional score. */
public record Completion(String employeeNumber, String courseCode, LocalDate on, boolean passed, BigDecimal score) {
}
