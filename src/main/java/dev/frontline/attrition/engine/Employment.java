package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * One agent's employment as attrition sees it: hire and exit (the first day no longer employed, null while employed),
 * whether the exit was voluntary and why, and the groups the agent belongs to for each {@link Dimension} given by the
 * caller (site, work location, team, contract); cohort and tenure band are derived from the dates.
 */
public record Employment(String agentKey, LocalDate hireDate, LocalDate exitDate, boolean voluntary,
        String exitReason, Map<Dimension, String> groups) {

    public Employment {
        if (exitDate != null && exitDate.isBefore(hireDate)) {
            throw new IllegalArgumentException("Agent " + agentKey + " leaves on " + exitDate + " before being hired on "
                    + hireDate);
        }
        groups = Map.copyOf(groups);
    }

    public boolean employedOn(LocalDate day) {
        return !hireDate.isAfter(day) && (exitDate == null || exitDate.isAfter(day));
    }

    public boolean leftWithin(LocalDate from, LocalDate toExclusive) {
        return exitDate != null && !exitDate.isBefore(from) && exitDate.isBefore(toExclusive);
    }

    public long tenureDaysOn(LocalDate day) {
        return ChronoUnit.DAYS.between(hireDate, day);
    }

    /** The agent's group in a dimension; cohort and tenure band come from the dates as seen on {@code asOf}. */
    public String group(Dimension dimension, LocalDate followedFrom) {
        return switch (dimension) {
            case COHORT -> Cohorts.of(hireDate, followedFrom);
            case TENURE_BAND -> TenureBand.of(Math.max(0, tenureDaysOn(followedFrom))).label();
            default -> groups.getOrDefault(dimension, "");
        };
    }
}
