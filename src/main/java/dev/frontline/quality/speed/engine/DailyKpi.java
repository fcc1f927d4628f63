package dev.frontline.quality.speed.engine;

import java.time.LocalDate;

/**
 * One agent's day as the quality system and the ACD report it: contacts handled and the day's averages, each measured
 * on its own base (AHT and FCR on the contacts, QA on the evaluations, CSAT and CES on the survey answers). An average
 * is null when nothing was measured that day.
 */
public record DailyKpi(long agentId, LocalDate day, int contacts, Double ahtSeconds, Double qaScore, int qaEvaluations,
        Double fcrPercent, Double csat, Double ces, int surveyResponses) {
}
