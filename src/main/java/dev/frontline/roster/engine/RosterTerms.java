package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the roster engine's explanations refer to, as typed arguments of a {@link dev.frontline.shared.text.Phrase}:
 * the engine knows agents, shifts and sites by id and days by their index from the horizon start, and leaves it to the
 * reader to say "Ayşe Kaya", "Early 07:00–15:00", "Office, Istanbul" or "Mon 14 Dec". {@link #ENGLISH} is the command
 * line's plain reading (ids and day numbers); the UI resolves them against the loaded roster.
 */
public final class RosterTerms {

    private RosterTerms() {
    }

    /** An agent by id. */
    public record AgentRef(String id) {
    }

    /** A day counted from the horizon start (0 = the first day). */
    public record DayRef(int day) {
    }

    /** A Monday-to-Sunday week counted from the horizon start. */
    public record WeekRef(int week) {
    }

    /** A shift type by id (a template's start and length). */
    public record ShiftRef(String id) {
    }

    /** A template (a group of shift types) by code. */
    public record TemplateRef(String code) {
    }

    /** Where an agent works: home, or the office of a site. */
    public record PlaceRef(WorkLocation location) {
    }

    /** A site's office by the site's id. */
    public record OfficeRef(String siteId) {
    }

    /** A team by code. */
    public record TeamRef(String code) {
    }

    /** A queue by id. */
    public record QueueRef(String id) {
    }

    /** A length of time in minutes, read as hours and minutes. */
    public record Hours(long minutes) {

        public String clock() {
            return String.format(Locale.ROOT, "%d:%02d", minutes / 60, Math.abs(minutes % 60));
        }
    }

    /** A time of day as minutes after midnight. */
    public record Clock(int minuteOfDay) {

        public String text() {
            return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60 % 24, minuteOfDay % 60);
        }
    }

    /** A day of the week. */
    public record Weekday(DayOfWeek day) {
    }

    /** The command line's reading: ids, codes and day numbers as the engine knows them. */
    public static final Function<Object, Object> ENGLISH = arg -> switch (arg) {
        case AgentRef a -> a.id();
        case DayRef d -> "day " + d.day();
        case WeekRef w -> "week " + w.week();
        case ShiftRef s -> s.id();
        case TemplateRef t -> t.code();
        case PlaceRef p -> p.location().isOffice() ? "office " + p.location().site().id() : "home";
        case OfficeRef o -> "office " + o.siteId();
        case TeamRef t -> t.code();
        case QueueRef q -> q.id();
        case Hours h -> h.clock() + " h";
        case Clock c -> c.text();
        case Weekday w -> w.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        default -> arg;
    };
}
