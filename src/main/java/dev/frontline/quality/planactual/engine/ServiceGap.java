package dev.frontline.quality.planactual.engine;

import java.util.List;

/**
 * Plan against actual of a run of intervals (a week, a day), with the service gap explained. Agent figures are means
 * over the open intervals (those with contacts forecast or offered). The service figures are in the measure's unit
 * (percent for service level, hours for response); {@code intervalWapePercent} is the volume forecast's error
 * interval by interval, Σ|actual − forecast| / Σ forecast (a week can match its total and still miss its peaks):
 * <ul>
 *   <li>{@code planned}: what the plan expected (forecast volume and AHT, planned agents);</li>
 *   <li>{@code modelled}: the same model fed with the actual volume, AHT and staffed agents;</li>
 *   <li>{@code achieved}: what was measured ({@code NaN} when nothing was).</li>
 * </ul>
 * The gap {@code achieved − goal} is {@code planPart + volumePart + ahtPart + staffingPart + residual}, exactly:
 * planPart = planned − goal, the three factor parts are the Shapley shares of modelled − planned, residual =
 * achieved − modelled.
 */
public record ServiceGap(Measure measure, int openIntervals, double forecastContacts, double actualContacts,
        double intervalWapePercent, double forecastAhtSeconds, double actualAhtSeconds, double requiredAgents, double scheduledAgents,
        double plannedAgents, double staffedAgents, double goal, double planned, double modelled, double achieved,
        double planPart, double volumePart, double ahtPart, double staffingPart, double residual, List<GapReason> reasons) {

    public ServiceGap {
        reasons = List.copyOf(reasons);
    }

    /** Actual against forecast contacts, percent; {@code NaN} with no forecast volume. */
    public double volumeErrorPercent() {
        return forecastContacts > 0 ? 100 * (actualContacts - forecastContacts) / forecastContacts : Double.NaN;
    }

    public double ahtErrorPercent() {
        return forecastAhtSeconds > 0 ? 100 * (actualAhtSeconds - forecastAhtSeconds) / forecastAhtSeconds : Double.NaN;
    }

    /** The measured service, or the modelled one where nothing was measured. */
    public double achievedOrModelled() {
        return Double.isNaN(achieved) ? modelled : achieved;
    }

    /** achieved (or modelled) − goal: negative points or positive hours are a miss. */
    public double gap() {
        return achievedOrModelled() - goal;
    }

    public boolean met() {
        return !measure.harmful(gap());
    }

    /** The parts that add up to {@link #gap()}. */
    public double partsSum() {
        return planPart + volumePart + ahtPart + staffingPart + (Double.isNaN(residual) ? 0 : residual);
    }
}
