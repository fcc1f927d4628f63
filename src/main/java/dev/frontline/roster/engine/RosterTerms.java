package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.function.Function;

import dev.frontline.shared.text.Phrase;

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

    /**
     * A reading that needs neither the engine nor a language: agents, templates, queues and sites by their names from
     * {@code roster}, days as dates, shifts, places and hours as phrases of the bundles ({@code roster.shift-label},
     * {@code roster.place.*}, {@code roster.hours}, {@code roster.why.week}), so that a phrase resolved with it
     * ({@link dev.frontline.shared.text.Phrase#resolved}) can be stored and read later in any language.
     */
    public static Function<Object, Object> storable(Roster roster) {
        java.util.Map<String, String> agents = new java.util.HashMap<>();
        roster.getAgents().forEach(a -> agents.put(a.id(), a.name()));
        java.util.Map<String, ShiftType> shifts = new java.util.HashMap<>();
        java.util.Map<String, String> templates = new java.util.HashMap<>();
        roster.getShiftTypes().forEach(s -> {
            shifts.put(s.id(), s);
            templates.put(s.group(), s.groupName());
        });
        java.util.Map<String, String> queues = new java.util.HashMap<>();
        roster.getQueues().forEach(q -> queues.put(q.id(), q.name()));
        java.util.Map<String, String> sites = new java.util.HashMap<>();
        roster.getSites().forEach(s -> sites.put(s.id(), s.name()));
        java.time.LocalDate first = roster.getStartDate();
        return arg -> switch (arg) {
            case AgentRef a -> agents.getOrDefault(a.id(), a.id());
            case DayRef d -> first.plusDays(d.day());
            case WeekRef w -> Phrase.of("roster.why.week", first.plusDays(w.week() * 7L));
            case ShiftRef s -> shifts.containsKey(s.id()) ? Phrase.of("roster.shift-label", shifts.get(s.id()).groupName(),
                    new Clock(shifts.get(s.id()).startMinute()).text(), new Clock(shifts.get(s.id()).endMinute()).text())
                    : s.id();
            case TemplateRef t -> templates.getOrDefault(t.code(), t.code());
            case PlaceRef p -> p.location().isOffice()
                    ? Phrase.of("roster.place.office", sites.getOrDefault(p.location().site().id(), p.location().site().id()))
                    : Phrase.of("roster.place.home");
            case OfficeRef o -> Phrase.of("roster.place.office", sites.getOrDefault(o.siteId(), o.siteId()));
            case TeamRef t -> t.code();
            case QueueRef q -> queues.getOrDefault(q.id(), q.id());
            case Hours h -> Phrase.of("roster.hours", h.clock());
            case Clock c -> c.text();
            case Weekday w -> w.day();
            default -> arg;
        };
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
