package dev.frontline.attrition.engine;

/**
 * The leaving rate in one tenure band: exits over the agent-months spent in the band, with an exact Poisson interval
 * of the rate, and the probability of leaving within a month, 1 − exp(−rate).
 */
public record BandHazard(TenureBand band, double exposureMonths, int exits, double monthlyRate, double lower,
        double upper) {

    public double monthlyProbability() {
        return 1 - Math.exp(-monthlyRate);
    }

    /** The rate as an annual turnover percentage, the figure HR compares with "19 % a year". */
    public double annualisedPercent() {
        return 100 * (1 - Math.exp(-12 * monthlyRate));
    }
}
