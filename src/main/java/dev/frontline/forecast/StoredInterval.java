package dev.frontline.forecast;

import java.time.Instant;

/** One saved model forecast interval, at its real start instant. */
public record StoredInterval(Instant start, double offered, Double ahtSeconds, double lower80, double upper80,
                             double lower95, double upper95) {
}
