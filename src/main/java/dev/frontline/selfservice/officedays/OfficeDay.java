package dev.frontline.selfservice.officedays;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An agent's booked office day at a site. */
public record OfficeDay(long agentId, LocalDate date, String siteCode, String siteName, OffsetDateTime bookedAt) {
}
