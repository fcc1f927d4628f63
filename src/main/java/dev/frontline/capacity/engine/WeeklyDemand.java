package dev.frontline.capacity.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One week of a queue's demand: contacts offered with the forecast's 80 % interval and the average handle time. The
 * capacity engine's own input, so it does not depend on which forecast produced it.
 */
public record WeeklyDemand(LocalDate weekStart, double volume, double lower80, double upper80, double ahtSeconds) {

    public WeeklyDemand {
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CapacityInputException("weekStart", "a week starts on a Monday: " + weekStart);
        }
        if (!(volume >= 0) || !(lower80 >= 0) || !(upper80 >= lower80)) {
            throw new CapacityInputException("volume", "volume and its 80 % interval must be non-negative and ordered in week "
                    + weekStart + ": " + lower80 + " ≤ " + volume + " ≤ " + upper80 + " fails");
        }
        if (!(ahtSeconds > 0)) {
            throw new CapacityInputException("ahtSeconds", "AHT must be positive in week " + weekStart + ": " + ahtSeconds);
        }
    }

    /** The same week with volume scaled by {@code volumeFactor} and AHT by {@code ahtFactor} (what-if levers). */
    public WeeklyDemand scaled(double volumeFactor, double ahtFactor) {
        return new WeeklyDemand(weekStart, volume * volumeFactor, lower80 * volumeFactor, upper80 * volumeFactor,
                ahtSeconds * ahtFactor);
    }
}
