package dev.frontline.staffing.simulation;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean over replications with the half-width of its 95 % confidence interval (Student t). {@code samples} is the
 * number of replications in which the figure was defined (e.g. service level needs at least one offered contact);
 * with no samples, mean and half-width are 0.
 */
public record Estimate(double mean, double halfWidth, int samples) {

    public static final Estimate NONE = new Estimate(0, 0, 0);

    static Estimate of(double[] values, int count) {
        if (count == 0) {
            return NONE;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        double mean = sum / count;
        if (count == 1) {
            return new Estimate(mean, 0, 1);
        }
        double squares = 0;
        for (int i = 0; i < count; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        double sd = Math.sqrt(squares / (count - 1));
        double t = new TDistribution(count - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * sd / Math.sqrt(count), count);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }
}
