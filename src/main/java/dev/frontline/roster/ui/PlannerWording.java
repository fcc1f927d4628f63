package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.shared.text.Messages;

/**
 * Turns the engine's explanation sentences, which count days and weeks from the horizon start and name agents,
 * shifts, queues and sites by their codes, into a planner's words: "Mon 14 Dec", "the week of Mon 14 Dec", "Ayşe
 * Kaya", "07:00–15:00", "Billing – Turkish – voice", "Istanbul office". Only the engine's own patterns and the ids of
 * the roster's own agents, shift types, queues and sites are replaced, so ordinary words stay as they are.
 */
final class PlannerWording {

    private static final Pattern DAY_RANGE = Pattern.compile("\\bdays (\\d+)\\.\\.(\\d+)");
    private static final Pattern DAY = Pattern.compile("\\bday (\\d+)");
    private static final Pattern WEEK = Pattern.compile("\\bweek (\\d+)");
    private static final Pattern OFFICE = Pattern.compile("\\b(?:office |OFFICE@)([A-Za-z0-9_\\-]+)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]+");

    private final LocalDate firstDay;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> offices = new HashMap<>();

    /** @param officeName the words for an office of a named site, e.g. "Istanbul office" */
    PlannerWording(Roster roster, Locale locale, Function<String, String> officeName) {
        this.firstDay = roster.getStartDate();
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        for (Site site : roster.getSites()) {
            offices.put(site.id(), officeName.apply(site.name()));
        }
        for (Queue queue : roster.getQueues()) {
            names.put(queue.id(), queue.name());
        }
        for (ShiftType shift : roster.getShiftTypes()) {
            names.put(shift.id(), RosterTexts.clock(shift.startMinute()) + "–" + RosterTexts.clock(shift.endMinute() % (24 * 60)));
        }
        for (Agent agent : roster.getAgents()) {
            names.put(agent.id(), agent.name());
        }
    }

    /** "Mon 14 Dec" in the user's language. */
    String date(LocalDate date) {
        return date.format(dateFormat);
    }

    /** The date of a day counted from the roster's first day. */
    String day(int day) {
        return date(firstDay.plusDays(day));
    }

    /** An agent's, shift's or queue's name; the id itself when the roster has none by that id. */
    String name(String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    /** The engine's sentence with dates, names and places instead of indices and codes. */
    String sentence(String engineText) {
        if (engineText == null) {
            return "";
        }
        String text = replace(DAY_RANGE, engineText, m -> day(Integer.parseInt(m.group(1))) + " – " + day(Integer.parseInt(m.group(2))));
        text = replace(DAY, text, m -> day(Integer.parseInt(m.group(1))));
        text = replace(WEEK, text, m -> Messages.format(locale, "roster.week-of", day(Integer.parseInt(m.group(1)) * 7)));
        text = replace(OFFICE, text, m -> offices.getOrDefault(m.group(1), m.group()));
        return replace(TOKEN, text, m -> names.getOrDefault(m.group(), m.group()));
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
