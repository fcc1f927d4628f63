package dev.frontline.shared.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * The user's time zone — the browser's, as Vaadin reports it — for times that are about the user (when a version was
 * made), while times of a queue's day are shown in the queue's zone. Every time shown says which zone it is in.
 */
public final class UserZone {

    private UserZone() {
    }

    /** The browser's zone, or the server's when the browser has not said (a test session, an old browser). */
    public static ZoneId current() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknownToJava) {
            return ZoneId.systemDefault();
        }
    }

    /** A date and time with the zone it is in: "06/12/2026, 10:00 (Europe/Istanbul)". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Formats.locale()).format(instant.atZone(zone))
                + " (" + zone.getId() + ")";
    }

    /** A date and time in the user's zone, labelled with it. */
    public static String dateTime(Instant instant) {
        return dateTime(instant, current());
    }
}
