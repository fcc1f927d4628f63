package dev.frontline.capacity.engine;

import java.util.ArrayList;
import java.util.List;

import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.TenureBand;

import dev.frontline.shared.text.Phrase;

/**
 * The chance that an agent is still employed after some days, from the attrition engine's hazard by tenure band:
 * <pre>  S(t₀ → t₀ + Δ) = exp(−Σ_b λ_b · days spent in band b / 30.4375)</pre>
 * with tenure measured from the hire date, so a new hire passes through the high early-attrition band first. The
 * band's 95 % interval of λ gives the optimistic ({@link Bound#LOW}: fewer leavers) and pessimistic
 * ({@link Bound#HIGH}) survival.
 */
public final class AttritionModel {

    /** Which hazard to use: the fitted rate or an end of its interval. */
    public enum Bound { EXPECTED, LOW, HIGH }

    static final double DAYS_PER_MONTH = 365.25 / 12;

    private final TenureBand[] bands = TenureBand.values();
    private final double[][] rates;

    private AttritionModel(double[][] rates) {
        this.rates = rates;
    }

    /** Monthly hazards per band (index = {@link TenureBand} ordinal) as expected, low and high. */
    public static AttritionModel of(double[] expected, double[] low, double[] high) {
        int n = TenureBand.values().length;
        if (expected.length != n || low.length != n || high.length != n) {
            throw new CapacityInputException("attrition", Phrase.of("capacity.input.attrition-bands", n));
        }
        for (int b = 0; b < n; b++) {
            if (!(expected[b] >= 0) || !(low[b] >= 0) || !(high[b] >= 0)) {
                throw new CapacityInputException("attrition", Phrase.of("capacity.input.attrition-negative",
                        Phrase.of("attrition.tenure-band." + TenureBand.values()[b].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
            }
        }
        return new AttritionModel(new double[][] {expected.clone(), low.clone(), high.clone()});
    }

    /** The same monthly rate in every band, with no interval. */
    public static AttritionModel flat(double monthlyRate) {
        double[] r = new double[TenureBand.values().length];
        java.util.Arrays.fill(r, monthlyRate);
        return of(r, r, r);
    }

    /**
     * From the attrition engine's fit. A band without exposure has no rate of its own; it takes the centre's overall
     * rate (all exits over all agent-months) rather than zero, which would promise nobody leaves.
     */
    public static AttritionModel of(List<BandHazard> hazards) {
        int n = TenureBand.values().length;
        double exposure = 0;
        int exits = 0;
        for (BandHazard h : hazards) {
            exposure += h.exposureMonths();
            exits += h.exits();
        }
        double overall = exposure > 0 ? exits / exposure : 0;
        double[] e = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(e, overall);
        java.util.Arrays.fill(lo, overall);
        java.util.Arrays.fill(hi, overall);
        for (BandHazard h : hazards) {
            if (h.exposureMonths() > 0) {
                int b = h.band().ordinal();
                e[b] = h.monthlyRate();
                lo[b] = h.lower();
                hi[b] = Double.isNaN(h.upper()) ? h.monthlyRate() : h.upper();
            }
        }
        return of(e, lo, hi);
    }

    /**
     * Every band's annual turnover moved by {@code points} percentage points (a what-if lever), keeping each band's
     * interval as wide, in rate terms, as it was. A band cannot go below zero turnover nor reach 100 %.
     */
    public AttritionModel withAnnualPoints(double points) {
        if (points == 0) {
            return this;
        }
        double[][] shifted = new double[3][bands.length];
        for (int b = 0; b < bands.length; b++) {
            double annual = 1 - Math.exp(-12 * rates[0][b]);
            double moved = Math.min(0.99, Math.max(0, annual + points / 100));
            double rate = -Math.log(1 - moved) / 12;
            double delta = rate - rates[0][b];
            shifted[0][b] = rate;
            shifted[1][b] = Math.max(0, rates[1][b] + delta);
            shifted[2][b] = Math.max(0, rates[2][b] + delta);
        }
        return new AttritionModel(shifted);
    }

    /** Monthly rate of a band. */
    public double monthlyRate(TenureBand band, Bound bound) {
        return rates[bound.ordinal()][band.ordinal()];
    }

    /** Expected annual turnover with the fitted rates weighted equally over the first three years of tenure. */
    public List<Double> annualPercentByBand() {
        List<Double> out = new ArrayList<>();
        for (TenureBand band : bands) {
            out.add(100 * (1 - Math.exp(-12 * rates[0][band.ordinal()])));
        }
        return out;
    }

    /** Probability of still being employed {@code days} later for someone at tenure {@code tenureDays} now. */
    public double survival(long tenureDays, long days, Bound bound) {
        if (days <= 0) {
            return 1;
        }
        double[] r = rates[bound.ordinal()];
        double from = Math.max(0, tenureDays);
        double to = from + days;
        double hazardMonths = 0;
        for (TenureBand band : bands) {
            double lo = Math.max(from, band.fromDay());
            double hi = Math.min(to, band.toDay() == Long.MAX_VALUE ? Double.MAX_VALUE : band.toDay());
            if (hi > lo) {
                hazardMonths += r[band.ordinal()] * (hi - lo) / DAYS_PER_MONTH;
            }
        }
        return Math.exp(-hazardMonths);
    }
}
