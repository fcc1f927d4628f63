package dev.frontline.quality.speed.engine;

/**
 * Weighted averages over a period (see {@link KpiSums}) with what they were measured on. A figure is null when nothing
 * was measured: no contacts, no evaluations, no survey answers.
 */
public record KpiFigures(long contacts, Double ahtSeconds, Double qaScore, long qaEvaluations, Double fcrPercent,
        Double csat, Double ces, long surveyResponses, int days) {

    /** The figure of one measure; null when it was not measured. */
    public Double value(Measure measure) {
        return switch (measure) {
            case AHT -> ahtSeconds;
            case QA -> qaScore;
            case FCR -> fcrPercent;
            case CSAT -> csat;
        };
    }
}
