package dev.frontline.selfservice.schedule.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.frontline.selfservice.schedule.ScheduleWeek;
import dev.frontline.selfservice.schedule.ScheduledShift;
import dev.frontline.shared.ui.Formats;

/**
 * One day of an agent's schedule, sized for a phone: the date, then the shift with its zone and place, breaks and
 * lunch, or the day off, the time off or the booked office day. Id {@code schedule-day-YYYY-MM-DD}.
 */
class DayCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    DayCard(ScheduleWeek.Day day, boolean compact) {
        setId("schedule-day-" + day.date());
        addClassName("fl-day-card");
        Span date = new Span(day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                + Formats.shortDate(day.date()));
        date.addClassName("fl-day-date");
        add(date);
        ScheduledShift shift = day.shift();
        if (shift != null) {
            Span time = new Span(getTranslation("selfservice.schedule.shift-time", shift.start().format(TIME),
                    shift.end().format(TIME), shift.start().getZone().getId()));
            time.addClassName("fl-day-shift");
            Span where = new Span(shift.atHome() ? getTranslation("selfservice.schedule.at-home")
                    : getTranslation("selfservice.schedule.at-office", shift.siteName(), shift.siteCode()));
            where.addClassName(shift.atHome() ? "fl-day-home" : "fl-day-office");
            add(time, where);
            if (!compact) {
                for (ScheduledShift.Activity a : shift.activities()) {
                    Span activity = new Span(a.training()
                            ? getTranslation("selfservice.schedule.activity.training", a.start().format(TIME),
                                    a.end().format(TIME), a.course(), a.sessionNumber(), a.sessionCount())
                            : getTranslation("selfservice.schedule.activity." + a.kind().toLowerCase(java.util.Locale.ROOT),
                                    a.start().format(TIME), a.end().format(TIME)));
                    activity.addClassName(a.training() ? "fl-day-training" : "fl-day-activity");
                    add(activity);
                }
            }
        } else if (day.timeOffKind() == null) {
            Span off = new Span(getTranslation("selfservice.schedule.day-off"));
            off.addClassName("fl-day-off");
            add(off);
        }
        if (day.timeOffKind() != null) {
            add(tag(getTranslation("selfservice.timeoff.kind." + day.timeOffKind().toLowerCase(java.util.Locale.ROOT))));
        } else if (day.timeOffPending()) {
            add(tag(getTranslation("selfservice.schedule.time-off-pending")));
        }
        if (day.officeBooked()) {
            add(tag(getTranslation("selfservice.schedule.office-booked")));
        }
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast", "small"));
        return tag;
    }
}
