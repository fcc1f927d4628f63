package dev.frontline.selfservice;

/** A site as booking sees it: its office seats and its clock. */
public record SiteSeats(long id, String code, String name, int seats, String timeZone) {
}
