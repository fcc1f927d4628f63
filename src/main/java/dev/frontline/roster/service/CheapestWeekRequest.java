package dev.frontline.roster.service;

import java.time.LocalDate;
import java.util.List;

/**
 * "Find the cheapest week for this cohort's course": the course, the cohort (employee numbers; empty for the agents
 * with an open enrolment on the course) and the weeks to try, {@code weeks} Mondays from {@code firstWeek}.
 */
public record CheapestWeekRequest(String courseCode, List<String> employeeNumbers, LocalDate firstWeek, int weeks) {

    /** The most weeks one what-if tries: two LP bounds a week, a few seconds each on the demo centre. */
    public static final int MAX_WEEKS = 8;

    public CheapestWeekRequest {
        employeeNumbers = employeeNumbers == null ? List.of() : List.copyOf(employeeNumbers);
    }
}
