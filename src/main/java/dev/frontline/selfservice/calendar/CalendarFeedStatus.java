package dev.frontline.selfservice.calendar;

import java.time.OffsetDateTime;

/**
 * Whether the agent has a calendar feed, since when and when a calendar app last fetched it; {@code url} is the secret
 * address, present only in the answer that created it (only a hash is kept, so it cannot be shown again).
 */
public record CalendarFeedStatus(boolean active, OffsetDateTime createdAt, OffsetDateTime lastReadAt, String url) {
}
