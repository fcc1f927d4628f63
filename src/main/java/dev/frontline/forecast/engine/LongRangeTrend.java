package dev.frontline.forecast.engine;

/** How the long-range forecast carries the growth or decline it sees into the future. */
public enum LongRangeTrend {
    /** Holt's trend damped by φ per week, so growth fades out (FPP3 §8.2); the default, safest far ahead. */
    DAMPED,
    /** Holt's linear trend: the current growth continues for the whole horizon. */
    LINEAR,
    /** No trend: the current level (and the season) only. */
    NONE
}
