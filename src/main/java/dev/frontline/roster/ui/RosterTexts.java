package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.RosterInputException;

/** Day and time labels and the notifications the roster view and its panels share. */
final class RosterTexts {

    private static final Logger LOG = LoggerFactory.getLogger(RosterTexts.class);

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
        return PlannerWording.clock(minuteOfDay);
    }

    /** Runs a planner's action and shows its failure as an error notification instead of an error page. */
    static void reportingErrors(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            notify(problem(e), true);
        }
    }

    /**
     * A failed action in the planner's language: a refusal says its reason; a version or shift gone meanwhile (another
     * planner deleted it) says so; anything else is a fault of ours, logged with its details, and the planner is told
     * that nothing was changed.
     */
    static String problem(RuntimeException e) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        if (e instanceof RosterInputException refused) {
            return refused.reason(locale);
        }
        if (e instanceof NoSuchElementException || e instanceof dev.frontline.shared.text.UnknownEntityException) {
            return dev.frontline.shared.text.Messages.format(locale, "roster.error.gone");
        }
        LOG.warn("A roster action failed", e);
        return dev.frontline.shared.text.Messages.format(locale, "roster.error.unexpected");
    }

    static void notify(String message, boolean error) {
        Notification notification = Notification.show(message, error ? 8000 : 4000, Notification.Position.MIDDLE);
        notification.setId(error ? "roster-error" : "roster-message");
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
