package dev.frontline.quality.speed.engine;

/**
 * An agent whose speed and quality part ways, with the numbers behind it.
 *
 * @param ahtQuartile              the team's quartile of AHT the rule compares with: the 25th percentile for
 *                                 {@link Kind#SPEED_OVER_QUALITY}, the 75th for {@link Kind#QUALITY_AT_SLOW_PACE}
 * @param percentFromMedian        how far the agent's AHT lies from the team median, in % of the median (positive:
 *                                 below it for speed over quality, above it for quality at a slow pace)
 * @param qaBandLow                the team's 25th percentile of QA
 * @param qaBandHigh               the team's 75th percentile of QA
 */
public record Flag(Kind kind, double ahtSeconds, double ahtMedian, double ahtQuartile, double percentFromMedian,
        double qaScore, double qaBandLow, double qaBandHigh, long qaEvaluations, long contacts) {

    public enum Kind {
        /** AHT well below the team's (under its 25th percentile by the margin) and QA below the team's band. */
        SPEED_OVER_QUALITY("speed.flag.speed-over-quality"),
        /** AHT well above the team's (over its 75th percentile by the margin) and QA above the team's band. */
        QUALITY_AT_SLOW_PACE("speed.flag.quality-at-slow-pace");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * "{0}: AHT {1} s, {2} % below the team median {3} s (the fastest quarter from {4} s); QA {5}, below the team's
     * band {6}–{7} ({8} evaluations)", the name {0} supplied by the renderer.
     */
    public Explanation explanation() {
        return Explanation.of(kind.code(), ahtSeconds, percentFromMedian, ahtMedian, ahtQuartile, qaScore, qaBandLow,
                qaBandHigh, qaEvaluations);
    }
}
