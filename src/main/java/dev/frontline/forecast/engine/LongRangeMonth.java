package dev.frontline.forecast.engine;

import java.time.YearMonth;

/**
 * A calendar month of a long-range forecast: the days of it that the horizon covers ({@code partial} when not all),
 * offered contacts with 80 % and 95 % intervals, and the volume-weighted AHT with its 80 % and 95 % intervals (the
 * weeks' AHT errors taken as fully correlated within the month, the cautious side).
 */
public record LongRangeMonth(YearMonth month, int days, boolean partial, double volume, double lower80, double upper80,
                             double lower95, double upper95, double ahtSeconds, double ahtLower80,
                             double ahtUpper80, double ahtLower95, double ahtUpper95) {
}
