package dev.frontline.quality.planactual.engine;

import java.time.Instant;

/**
 * One interval of a queue as planned and as it happened. Agents are heads on the phones of this queue; {@code NaN}
 * marks a figure that is not known (no roster, no measurement).
 *
 * @param forecastContacts  contacts the plan's forecast expected (after the planner's adjustments, as staffed)
 * @param forecastAhtSeconds AHT the plan expected
 * @param actualContacts    contacts offered (interval history)
 * @param actualAhtSeconds  AHT measured; {@code NaN} when nothing was handled (the forecast AHT then stands in)
 * @param requiredAgents    agents the requirement said the goal needs (on the phones, before shrinkage)
 * @param scheduledAgents   agents the published roster put on the queue, after breaks (before absence)
 * @param plannedAgents     agents the plan expected on the phones: scheduled net of the unscheduled shrinkage the
 *                          requirement assumed, or the requirement where no roster covers the interval
 * @param staffedAgents     agents actually logged in and available to the queue; {@code NaN} when not measured
 * @param achieved          the measured service: service level as a fraction for real-time queues, mean first
 *                          response in seconds for deferred ones; {@code NaN} when not measured
 */
public record PlanActualInterval(Instant start, double forecastContacts, double forecastAhtSeconds, double actualContacts,
        double actualAhtSeconds, double requiredAgents, double scheduledAgents, double plannedAgents, double staffedAgents,
        double achieved) {

    /** The AHT actually seen, or the forecast's where nothing was handled. */
    public double actualAhtOrForecast() {
        return Double.isNaN(actualAhtSeconds) || actualAhtSeconds <= 0 ? forecastAhtSeconds : actualAhtSeconds;
    }

    /** Staffed agents, or the planned ones where staffing was not measured (staffing then explains nothing). */
    public double staffedOrPlanned() {
        return Double.isNaN(staffedAgents) ? plannedAgents : staffedAgents;
    }

    double contacts(boolean actual) {
        return actual ? actualContacts : forecastContacts;
    }

    double aht(boolean actual) {
        double aht = actual ? actualAhtOrForecast() : forecastAhtSeconds;
        return aht > 0 ? aht : 1;
    }

    double agents(boolean actual) {
        return actual ? staffedOrPlanned() : plannedAgents;
    }
}
