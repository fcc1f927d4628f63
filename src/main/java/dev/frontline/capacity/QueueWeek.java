package dev.frontline.capacity;

import dev.frontline.capacity.engine.PlanWeek;

/** A queue's week as saved, with the queue it belongs to. */
public record QueueWeek(String queueCode, String siteCode, PlanWeek week) {
}
