package dev.frontline.staffing.simulation;

import dev.frontline.staffing.engine.InputCheck;
import java.util.random.RandomGenerator;

/**
 * How handle times vary around the interval's AHT: exponential (the Erlang assumption), or lognormal with a given
 * coefficient of variation (closer to real calls: a long right tail but few very short calls).
 */
public record HandleTimeModel(Distribution distribution, double coefficientOfVariation) {

    public enum Distribution { EXPONENTIAL, LOGNORMAL }

    public static final HandleTimeModel EXPONENTIAL = new HandleTimeModel(Distribution.EXPONENTIAL, 1);

    public HandleTimeModel {
        if (distribution == null) {
            throw new IllegalArgumentException("handle time distribution: missing");
        }
        InputCheck.positive("handle time coefficient of variation", coefficientOfVariation);
    }

    public static HandleTimeModel lognormal(double coefficientOfVariation) {
        return new HandleTimeModel(Distribution.LOGNORMAL, coefficientOfVariation);
    }

    /** One handle time with mean {@code mean}: lognormal with σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2. */
    double sample(RandomGenerator random, double mean) {
        if (distribution == Distribution.EXPONENTIAL) {
            return mean * random.nextExponential();
        }
        double sigma2 = Math.log(1 + coefficientOfVariation * coefficientOfVariation);
        return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * random.nextGaussian());
    }
}
