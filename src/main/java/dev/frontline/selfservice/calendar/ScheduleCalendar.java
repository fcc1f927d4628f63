package dev.frontline.selfservice.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import dev.frontline.selfservice.schedule.ScheduledShift;

/**
 * An agent's published shifts as an iCalendar (RFC 5545) document, built with ical4j: one event per shift in the
 * site's time zone (with its VTIMEZONE), breaks, lunch and training in the description, the office or home as the
 * location; and each training session as an event of its own inside the shift's, so calendar apps show it as a block.
 * Each event's UID is the agent and day, so a calendar app replaces a shift a repair moved instead of adding a second;
 * its SEQUENCE and LAST-MODIFIED come from when the roster holding it was published.
 */
final class ScheduleCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ScheduleCalendar() {
    }

    /** Texts of the events, in the agent's language (the feed has no browser to ask). */
    /** {@code training}: a session's event title, with %s for the course, its number and the course's sessions. */
    record Texts(String shiftAtHome, String shiftAtOffice, String breakLabel, String lunchLabel, String home,
            String training) {
    }

    static String build(String employeeNumber, String host, ZoneId zone, List<ScheduledShift> shifts,
            java.util.function.Function<ScheduledShift, Instant> publishedAt, Texts texts) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Frontline//Agent schedule//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Frontline " + employeeNumber));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        for (ScheduledShift shift : shifts) {
            String where = shift.atHome() ? texts.home() : shift.siteName() + " (" + shift.siteCode() + ")";
            VEvent event = new VEvent(local(shift.start()), local(shift.end()),
                    shift.atHome() ? texts.shiftAtHome() : String.format(texts.shiftAtOffice(), shift.siteCode()));
            event.add(new Uid(employeeNumber + "-" + shift.date() + "@" + host));
            Instant published = publishedAt.apply(shift);
            event.add(new Sequence((int) (published.getEpochSecond() / 60 % Integer.MAX_VALUE)));
            event.add(new LastModified(published));
            event.add(new Location(where));
            StringBuilder description = new StringBuilder();
            List<VEvent> sessions = new java.util.ArrayList<>();
            for (ScheduledShift.Activity a : shift.activities()) {
                String label = a.training() ? String.format(texts.training(), a.course(), a.sessionNumber(),
                        a.sessionCount()) : a.kind().equals("LUNCH") ? texts.lunchLabel() : texts.breakLabel();
                description.append(label).append(' ')
                        .append(a.start().toLocalTime()).append('–').append(a.end().toLocalTime()).append('\n');
                if (a.training()) {
                    // its own event too, so a calendar shows the session as a block inside the shift
                    VEvent session = new VEvent(local(a.start()), local(a.end()), label);
                    session.add(new Uid(employeeNumber + "-" + shift.date() + "-training-"
                            + a.start().toLocalTime().toString().replace(":", "") + "@" + host));
                    session.add(new Sequence((int) (published.getEpochSecond() / 60 % Integer.MAX_VALUE)));
                    session.add(new LastModified(published));
                    session.add(new Location(where));
                    sessions.add(session);
                }
            }
            if (!description.isEmpty()) {
                event.add(new Description(description.toString().strip()));
            }
            calendar.add(event);
            sessions.forEach(calendar::add);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static ZonedDateTime local(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneId.of(time.getZone().getId()));
    }
}
