package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A break or lunch inside a stored shift. */
public record StoredActivity(long agentId, LocalDate workDate, OffsetDateTime startsAt, int minutes, String kind) {
}
