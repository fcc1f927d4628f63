package dev.frontline.forecast.engine;

/**
 * The multiplier applied to a special day's model forecast and where it came from.
 *
 * @param kind   e.g. "event:campaign", "public_holiday:Christmas Eve", "reopening-after-closure"
 * @param source "given +20.0 %", "learned from 3 past days", or why no effect was applied
 */
public record DayEffect(String kind, double factor, String source) {
}
