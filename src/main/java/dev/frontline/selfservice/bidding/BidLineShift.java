package dev.frontline.selfservice.bidding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One shift of a line: date, template (shift code), start and length, and the site (null = at home). */
public record BidLineShift(LocalDate date, String shiftCode, OffsetDateTime startsAt, int lengthMinutes, String siteCode) {
}
