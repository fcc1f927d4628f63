package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Offered contacts from the contact history, summed to the forecast's grain. */
public record ActualPoint(Instant start, LocalDate date, LocalTime time, double offered) {
}
