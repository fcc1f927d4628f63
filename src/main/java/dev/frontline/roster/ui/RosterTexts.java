package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Day and time labels and the notifications the roster view and its panels share. */
final class RosterTexts {

    private RosterTexts() {
    }

    /** "Mon 2024-01-01": the weekday in the user's language, the date as ISO so it reads the same everywhere. */
    static String dayLabel(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + date;
    }

    /** "Mon 14 Dec": weekday, day and month in the user's language, as a planner says a date. */
    static String date(LocalDate date, Locale locale) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", locale));
    }

    /** When a version was made, in the user's zone and labelled with it: "14.12.2026 10:42 (Europe/Istanbul)". */
    static String moment(java.time.OffsetDateTime at) {
        return at == null ? "–" : dev.frontline.shared.ui.UserZone.dateTime(at.toInstant());
    }

    /** "08:15" for a minute of the day. */
    static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** Runs a planner's action and shows its failure as an error notification instead of an error page. */
    static void reportingErrors(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            notify(e.getMessage(), true);
        }
    }

    static void notify(String message, boolean error) {
        Notification notification = Notification.show(message, error ? 8000 : 4000, Notification.Position.MIDDLE);
        notification.setId(error ? "roster-error" : "roster-message");
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
