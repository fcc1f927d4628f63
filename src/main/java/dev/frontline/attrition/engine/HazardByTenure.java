package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The piecewise-constant hazard of leaving by tenure band, fitted on a window:
 * <pre>
 *   λ_b = exits in band b / agent-months spent in band b            (a month = 30.4375 days)
 *   95 % interval: [χ²(0.025; 2x) / 2, χ²(0.975; 2x + 2) / 2] / exposure   (exact Poisson, x = exits)
 * </pre>
 * Each agent contributes the days of the window they were employed, split at the band edges, so an agent hired
 * before the window counts only the tenure they spent inside it (the same delayed entry as {@link FollowUp}).
 */
public final class HazardByTenure {

    static final double DAYS_PER_MONTH = 365.25 / 12;

    private HazardByTenure() {
    }

    public static List<BandHazard> fit(List<Employment> employments, FollowUp window) {
        TenureBand[] bands = TenureBand.values();
        double[] exposureDays = new double[bands.length];
        int[] exits = new int[bands.length];
        for (Employment e : employments) {
            var observation = window.observe(e);
            if (observation.isEmpty()) {
                continue;
            }
            Observation o = observation.get();
            for (TenureBand band : bands) {
                double from = Math.max(o.entry(), band.fromDay());
                double to = Math.min(o.exit(), band.toDay());
                if (to > from) {
                    exposureDays[band.ordinal()] += to - from;
                }
            }
            if (o.event()) {
                // an exit on the band's first day ends the previous band's last day worked
                exits[TenureBand.of((long) o.exit() - 1).ordinal()]++;
            }
        }
        List<BandHazard> result = new ArrayList<>();
        for (TenureBand band : bands) {
            double months = exposureDays[band.ordinal()] / DAYS_PER_MONTH;
            int x = exits[band.ordinal()];
            double rate = months > 0 ? x / months : 0;
            double lower = months > 0 && x > 0 ? new ChiSquaredDistribution(2.0 * x).inverseCumulativeProbability(0.025) / 2 / months : 0;
            double upper = months > 0 ? new ChiSquaredDistribution(2.0 * x + 2).inverseCumulativeProbability(0.975) / 2 / months
                    : Double.NaN;
            result.add(new BandHazard(band, months, x, rate, lower, upper));
        }
        return List.copyOf(result);
    }

    /** The window of the last {@code months} months before {@code asOf}, not earlier than the records start. */
    public static FollowUp lastMonths(LocalDate recordsFrom, LocalDate asOf, int months) {
        LocalDate from = asOf.minusMonths(months);
        return new FollowUp(from.isBefore(recordsFrom) ? recordsFrom : from, asOf);
    }
}
