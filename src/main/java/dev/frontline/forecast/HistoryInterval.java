package dev.frontline.forecast;

import java.time.Instant;

/** One row of a queue's contact history as the ACD exported it. */
public record HistoryInterval(Instant start, int minutes, int offered, Double ahtSeconds) {

    public Instant end() {
        return start.plusSeconds(60L * minutes);
    }
}
