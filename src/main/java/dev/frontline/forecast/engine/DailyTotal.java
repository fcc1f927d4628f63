package dev.frontline.forecast.engine;

import java.time.LocalDate;

/** One local day of a queue's history: offered contacts and their volume-weighted AHT (null when unknown). */
public record DailyTotal(LocalDate date, double offered, Double ahtSeconds) {

    public DailyTotal {
        if (!(offered >= 0) || Double.isInfinite(offered)) {
            throw new IllegalArgumentException("offered contacts on " + date + " must be zero or more, not " + offered);
        }
    }
}
