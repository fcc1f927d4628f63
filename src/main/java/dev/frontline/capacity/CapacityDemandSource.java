package dev.frontline.capacity;

import java.time.LocalDate;
import java.util.List;

import dev.frontline.capacity.engine.WeeklyDemand;

/** Where a queue's weekly demand comes from: the long-range forecast in the application, a fixed series in tests. */
public interface CapacityDemandSource {

    /** {@code weeks} Mondays of demand from {@code firstWeek}; fewer when the forecast cannot reach that far. */
    List<WeeklyDemand> weeks(String queueCode, LocalDate firstWeek, int weeks);

    /** The longest horizon in weeks this source forecasts. */
    int maxWeeks();
}
