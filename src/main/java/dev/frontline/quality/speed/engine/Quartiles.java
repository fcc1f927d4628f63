package dev.frontline.quality.speed.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The 25th percentile, median and 75th percentile of agents' figures: the team's band is the middle half, from
 * {@link #p25} to {@link #p75}. Percentiles interpolate linearly between the sorted values (position p·(n−1), as
 * spreadsheets' PERCENTILE.INC and R's default do).
 */
public record Quartiles(double p25, double median, double p75) {

    public static Quartiles of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("quartiles of no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Quartiles(percentile(sorted, 0.25), percentile(sorted, 0.5), percentile(sorted, 0.75));
    }

    static double percentile(List<Double> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double fraction = position - lower;
        return sorted.get(lower) + fraction * (sorted.get(upper) - sorted.get(lower));
    }

    /** Where a value lies against the band. */
    public Position position(double value) {
        if (value < p25) {
            return Position.BELOW;
        }
        return value > p75 ? Position.ABOVE : Position.WITHIN;
    }

    public enum Position { BELOW, WITHIN, ABOVE }
}
