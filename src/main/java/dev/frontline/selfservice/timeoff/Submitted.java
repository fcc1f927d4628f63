package dev.frontline.selfservice.timeoff;

import dev.frontline.selfservice.inbox.CoverageImpact;

/**
 * The answer to a time-off request: the request as stored (approved at once when coverage holds without the agent,
 * otherwise pending for a planner), whether this call created it ({@code false}: the same request existed, a double
 * submit), and the coverage impact the decision was taken on.
 */
public record Submitted(TimeOffRequest request, boolean created, CoverageImpact impact) {
}
