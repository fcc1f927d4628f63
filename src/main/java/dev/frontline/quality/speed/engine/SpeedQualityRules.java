package dev.frontline.quality.speed.engine;

/**
 * When a figure says enough to be compared, and when a difference is worth a flag (docs/quality.md, "Speed against
 * quality").
 *
 * @param minContacts        contacts an agent needs in the period before their AHT and FCR count
 * @param minEvaluations     QA evaluations an agent needs before their QA score counts
 * @param minSurveyResponses survey answers an agent needs before their CSAT counts
 * @param minAgentsForBand   agents with enough data a team needs before it has a band (quartiles) of a measure
 * @param speedMarginPercent how far past the team's quartile of AHT an agent's AHT must be to count as "well" faster
 *                           (or slower) than their peers
 */
public record SpeedQualityRules(int minContacts, int minEvaluations, int minSurveyResponses, int minAgentsForBand,
        double speedMarginPercent) {

    public static final SpeedQualityRules DEFAULT = new SpeedQualityRules(100, 4, 10, 4, 5.0);

    public SpeedQualityRules {
        if (minContacts < 1 || minEvaluations < 1 || minSurveyResponses < 1 || minAgentsForBand < 2
                || speedMarginPercent < 0 || speedMarginPercent >= 100) {
            throw new IllegalArgumentException("rules: minimum samples must be positive, a band needs two agents or more "
                    + "and the margin lies in [0, 100) %");
        }
    }

    /** Whether the sums hold enough of what {@code measure} is measured on. */
    public boolean enough(KpiSums sums, Measure measure) {
        return switch (measure) {
            case AHT -> sums.ahtContacts() >= minContacts;
            case QA -> sums.qaEvaluations() >= minEvaluations;
            case FCR -> sums.fcrContacts() >= minContacts;
            case CSAT -> sums.csatResponses() >= minSurveyResponses;
        };
    }
}
