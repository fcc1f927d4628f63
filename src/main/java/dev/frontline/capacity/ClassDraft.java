package dev.frontline.capacity;

import java.time.LocalDate;

/** A hiring class as the planner enters it: queue, first day (a Monday), number of hires. */
public record ClassDraft(String queueCode, LocalDate start, Integer size) {
}
