package dev.frontline.forecast;

import java.time.LocalDate;

/**
 * A planner-entered event that the next forecast of its queue (or of every queue) takes into account.
 *
 * @param queueCode     the queue, or null for every queue
 * @param upliftPercent the known effect on the day's volume, or null to learn it from past events of the same kind
 */
public record StoredSpecialEvent(long id, String queueCode, LocalDate date, String kind, Double upliftPercent,
                                 String description) {
}
