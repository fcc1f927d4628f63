package dev.frontline.quality.planactual;

import java.time.LocalDate;

import dev.frontline.quality.planactual.engine.ServiceGap;

/**
 * One week or day of a queue: the plan that counted (null when none was made before it), the gap explained (null
 * without a plan) and what happened. {@code achieved} is in the measure's unit (percent or hours), {@code NaN} when
 * not measured; {@code staffedAgents} is a mean over the intervals with contacts.
 */
public record PlanActualPeriod(LocalDate first, LocalDate last, PlanSource plan, ServiceGap gap, double actualContacts,
        double actualAhtSeconds, double staffedAgents, double achieved) {
}
