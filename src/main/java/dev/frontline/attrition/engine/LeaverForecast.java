package dev.frontline.attrition.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Expected leavers per month with a 95 % interval (2.5 % and 97.5 % quantiles of the Poisson-binomial count), for the
 * whole centre and per group, and over the whole horizon.
 */
public record LeaverForecast(List<BandHazard> hazards, List<Month> total, Map<String, List<Month>> byGroup,
        Month horizon, int activeAtStart, int plannedHires) {

    /** {@code month} is null for the horizon total. */
    public record Month(YearMonth month, double expected, int lower, int upper) {
    }
}
