package dev.frontline.capacity.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.frontline.shared.text.Phrase;

/**
 * One week of a queue's demand: contacts offered with the forecast's 80 % interval and the average handle time. The
 * capacity engine's own input, so it does not depend on which forecast produced it.
 */
public record WeeklyDemand(LocalDate weekStart, double volume, double lower80, double upper80, double ahtSeconds) {

    public WeeklyDemand {
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CapacityInputException("weekStart", weekStart == null
                    ? Phrase.of("capacity.input.week-required") : Phrase.of("capacity.input.week-monday", weekStart));
        }
        if (!(volume >= 0) || !(lower80 >= 0) || !(upper80 >= lower80)) {
            throw new CapacityInputException("volume", Phrase.of("capacity.input.volume-range", weekStart, lower80, volume, upper80));
        }
        if (!(ahtSeconds > 0)) {
            throw new CapacityInputException("ahtSeconds", Phrase.of("capacity.input.aht-positive", weekStart, ahtSeconds));
        }
    }

    /** The same week with volume scaled by {@code volumeFactor} and AHT by {@code ahtFactor} (what-if levers). */
    public WeeklyDemand scaled(double volumeFactor, double ahtFactor) {
        return new WeeklyDemand(weekStart, volume * volumeFactor, lower80 * volumeFactor, upper80 * volumeFactor,
                ahtSeconds * ahtFactor);
    }
}
