package dev.frontline.forecast.engine;

import java.util.List;

/** One interval's model value next to its adjusted value and the adjustments that touched it. */
public record AdjustedInterval(IntervalForecast model, IntervalForecast adjusted, List<String> reasons) {

    public AdjustedInterval {
        reasons = List.copyOf(reasons);
    }

    public boolean isAdjusted() {
        return !reasons.isEmpty();
    }
}
