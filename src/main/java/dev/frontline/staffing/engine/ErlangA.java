package dev.frontline.staffing.engine;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Erlang A (Palm's M/M/n+M; Garnett, Mandelbaum &amp; Reiman 2002): Poisson arrivals at rate λ, exponential handle
 * times with mean 1/μ, exponential patience with mean 1/θ, n agents.
 *
 * <p>Computed exactly from the birth–death chain of the number in system: {@code π(k) ∝ Π λ / (min(j,n)·μ +
 * max(j−n,0)·θ)}, rescaled as the terms grow (no overflow for thousands of agents) and truncated once they fall
 * below 10<sup>−17</sup> of the largest. An arrival that finds {@code n + i} in the system (by PASTA, probability
 * {@code π(n+i)}) has i contacts ahead. While j are ahead the queue front advances at rate {@code a_j = nμ + jθ}
 * and the arrival itself abandons at rate θ, so:
 * <ul>
 *   <li>it is answered with probability {@code s_i = Π_{j=0..i} a_j / (a_j + θ)};</li>
 *   <li>its expected wait, counted over answered paths, is {@code s_i · Σ_{j=0..i} 1/(a_j + θ)} — this gives ASA;</li>
 *   <li>the chance it is answered within T is {@code s_i · I_x(i + 1, (nμ + θ)/θ)}, x = 1 − e^(−θT), a regularised
 *       incomplete beta function (see {@link #answeredWithin}).</li>
 * </ul>
 * Service level is answered within T over all offered contacts (abandons count as misses); ASA is over answered
 * contacts; abandonment {@code Σ π(n+i)(1 − s_i)} equals θ·E[queue]/λ, which the tests check.
 */
public final class ErlangA {

    /** Terms below this fraction of the largest are dropped (the chain is truncated there). */
    private static final double NEGLIGIBLE = 1e-17;
    private static final double RESCALE_ABOVE = 1e250;
    private static final double RESCALE_BY = 1e-250;

    private ErlangA() {
    }

    public static QueueMetrics metrics(IntervalWorkload workload, int agents, double thresholdSeconds, double patienceSeconds) {
        InputCheck.nonNegative("agents", agents);
        InputCheck.nonNegative("service level threshold (seconds)", thresholdSeconds);
        InputCheck.positive("patience (seconds)", patienceSeconds);
        double load = workload.offeredLoad();
        if (load == 0) {
            return new QueueMetrics(agents, 0, true, 1, OptionalDouble.of(0), 0, 1, 0, 0);
        }
        double lambda = workload.arrivalRatePerSecond();
        double mu = 1 / workload.ahtSeconds();
        double theta = 1 / patienceSeconds;
        double[] queueProbabilities = queueStateProbabilities(agents, lambda, mu, theta);
        double noWait = queueProbabilities[queueProbabilities.length - 1];
        int m = queueProbabilities.length - 1;

        double pWait = 0;
        double answeredAfterWait = 0;
        double waitOfAnswered = 0;
        double survive = 1;
        double meanTime = 0;
        for (int i = 0; i < m; i++) {
            double a = agents * mu + i * theta;
            double q = a + theta;
            survive *= a / q;
            meanTime += 1 / q;
            double p = queueProbabilities[i];
            pWait += p;
            answeredAfterWait += p * survive;
            waitOfAnswered += p * survive * meanTime;
        }
        double abandon = Math.max(0, pWait - answeredAfterWait);
        double answered = noWait + answeredAfterWait;
        double asa = answered > 0 ? waitOfAnswered / answered : 0;
        double answeredWithin = answeredWithin(queueProbabilities, m, agents * mu, theta, thresholdSeconds);
        double sl = Math.min(1, noWait + answeredWithin);
        double occupancy = agents == 0 ? 0 : Math.min(1, load * (1 - abandon) / agents);
        return new QueueMetrics(agents, load, true, sl, OptionalDouble.of(asa), pWait, 1 - pWait, occupancy, abandon);
    }

    /**
     * Probabilities that an arrival finds i = 0, 1, … contacts waiting ahead of it (all agents busy), followed by
     * one last entry: the probability that an agent is free.
     */
    static double[] queueStateProbabilities(int n, double lambda, double mu, double theta) {
        // Unnormalised terms in linear space from state 0 upwards; when they grow huge everything so far is scaled
        // down (early terms may underflow to 0, which is then their true weight to double precision).
        double[] terms = new double[Math.max(16, 2 * n + 16)];
        int size = 0;
        double term = 1;
        double max = 1;
        terms[size++] = term;
        for (int k = 1; ; k++) {
            double death = Math.min(k, n) * mu + Math.max(k - n, 0) * theta;
            term = term * lambda / death;
            if (term > RESCALE_ABOVE) {
                for (int j = 0; j < size; j++) {
                    terms[j] *= RESCALE_BY;
                }
                term *= RESCALE_BY;
                max *= RESCALE_BY;
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, terms.length * 2);
            }
            terms[size++] = term;
            max = Math.max(max, term);
            if (k > n && lambda < death && term < max * NEGLIGIBLE) {
                break;
            }
        }
        double total = 0;
        for (int k = 0; k < size; k++) {
            total += terms[k];
        }
        double[] result = new double[Math.max(0, size - n) + 1];
        double free = 0;
        for (int k = 0; k < size; k++) {
            double p = terms[k] / total;
            if (k < n) {
                free += p;
            } else {
                result[k - n] = p;
            }
        }
        result[result.length - 1] = free;
        return result;
    }

    /**
     * Mass answered within t for arrivals that find i ahead with probability {@code start[i]}, i &lt; states. Given i ahead, the
     * arrival is answered with probability s_i, and on those paths its wait is a sum of exponential phases with
     * rates {@code c + jθ}, j = 0..i, c = nμ + θ. For such equally spaced rates {@code exp(−θ·wait)} is
     * Beta(c/θ, i + 1) distributed, so P(wait ≤ t) is the regularised incomplete beta {@code I_x(i + 1, c/θ)} with
     * {@code x = 1 − e^(−θt)}. It is stepped over i with {@code I_x(a + 1, b) = I_x(a, b) − x^a (1 − x)^b / (a·B(a, b))},
     * the subtracted terms kept in log space so that nothing underflows for thousands of agents.
     */
    private static double answeredWithin(double[] start, int states, double serviceRate, double theta, double t) {
        if (states == 0 || t == 0 || serviceRate == 0) {
            return 0;
        }
        double b = (serviceRate + theta) / theta;
        double logX = Math.log(-Math.expm1(-theta * t));
        double logOneMinusX = -theta * t;
        // I_x(1, b) = 1 − (1 − x)^b; the first subtracted term is x·(1 − x)^b·b.
        double incompleteBeta = -Math.expm1(b * logOneMinusX);
        double logTerm = logX + b * logOneMinusX + Math.log(b);
        double survive = 1;
        double result = 0;
        for (int i = 0; i < states; i++) {
            double advance = serviceRate + i * theta;
            survive *= advance / (advance + theta);
            result += start[i] * survive * Math.max(0, incompleteBeta);
            int a = i + 1;
            incompleteBeta -= Math.exp(logTerm);
            logTerm += logX + Math.log((a + b) / (a + 1));
        }
        return result;
    }
}
