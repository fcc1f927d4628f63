package dev.frontline.forecast.engine;

/** How an adjustment changes the selected intervals. */
public enum AdjustmentType {
    /** Scale by (1 + value/100). */
    PERCENT,
    /** Add value contacts in total over the selected intervals (negative removes), spread in proportion to volume. */
    ABSOLUTE
}
