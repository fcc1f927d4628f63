package dev.frontline.history;

import java.time.LocalDate;

/** One queue's contacts on one local day (the queue's time zone), summed from its interval history. */
public record DailyVolume(String queueCode, String queueName, LocalDate day, long offered, long handled,
        long abandoned, Double ahtSeconds) {
}
