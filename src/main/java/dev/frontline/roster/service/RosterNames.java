package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.shared.text.Phrase;

/**
 * Names Frontline gives roster versions itself (a new draft over REST, the demo's rosters, a repair draft): stored in
 * one canonical form with ISO dates, and rendered at read time in the reader's language and date format. A name a
 * planner typed is data and reads as typed.
 */
public final class RosterNames {

    private static final String ISO = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern PERIOD = Pattern.compile("(?:Roster|Weeks) " + ISO + " \\.\\. " + ISO);
    private static final Pattern REPAIR = Pattern.compile("Repair of #(\\d+)");
    private static final Pattern REPAIR_TIME_OFF = Pattern.compile(
            "Repair of #(\\d+): time off " + ISO + " \\.\\. " + ISO + " of (.+)");

    private RosterNames() {
    }

    /** A version named by its period: "Roster 2026-12-07 .. 2026-12-20". */
    public static String period(LocalDate first, LocalDate last) {
        return "Roster " + first + " .. " + last;
    }

    /** A repair draft of a published version. */
    public static String repair(long publishedVersionId) {
        return "Repair of #" + publishedVersionId;
    }

    /** The repair draft an approved time off sets off. */
    public static String repairAfterTimeOff(long publishedVersionId, LocalDate from, LocalDate to, String agentName) {
        return repair(publishedVersionId) + ": time off " + from + " .. " + to + " of " + agentName;
    }

    /** The name as a reader of {@code locale} reads it: a generated name in their words, any other as typed. */
    public static String display(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        try {
            Matcher m = PERIOD.matcher(name);
            if (m.matches()) {
                return Phrase.of("roster.name.period", LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)))
                        .render(locale);
            }
            m = REPAIR_TIME_OFF.matcher(name);
            if (m.matches()) {
                return Phrase.of("roster.name.repair-time-off", Long.parseLong(m.group(1)), LocalDate.parse(m.group(2)),
                        LocalDate.parse(m.group(3)), m.group(4)).render(locale);
            }
            m = REPAIR.matcher(name);
            if (m.matches()) {
                return Phrase.of("roster.name.repair", Long.parseLong(m.group(1))).render(locale);
            }
        } catch (DateTimeParseException | NumberFormatException notGenerated) {
            // e.g. "Roster 2026-02-30 .. 2026-03-01" typed by hand: shown as typed
        }
        return name;
    }
}
