package dev.frontline.forecast;

import java.time.LocalDate;

/**
 * A planner event as entered.
 *
 * @param queueCode     the queue it affects, or null for every queue
 * @param kind          e.g. CAMPAIGN, OUTAGE, BILL_RUN: events of one kind learn their effect together
 * @param upliftPercent the expected effect on the day's volume (+25 = 25 % more), or null to learn it from past
 *                      events of the same kind
 */
public record SpecialEventInput(String queueCode, LocalDate date, String kind, Double upliftPercent, String description) {
}
