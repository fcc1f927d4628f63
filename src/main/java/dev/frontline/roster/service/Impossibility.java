package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A rule the data make impossible to keep in one week, found when a problem is loaded, before any solving: an agent
 * whose availability (after time off) is below the contract's weekly minimum or office days, or an office with fewer
 * seats than its agents' office days need. The solver would break the rule whatever it does; the planner should fix
 * the data instead.
 *
 * @param agentId   employee number; null for a site-wide rule
 * @param site      the office's name for {@link Rule#SEATS}, else null
 * @param available what the data allow: minutes for {@link Rule#WEEKLY_MINUTES}, days or seat-days otherwise
 * @param needed    what the rule asks for, in the same unit
 */
public record Impossibility(Rule rule, String agentId, String agentName, String contract, String site,
        LocalDate weekStart, long available, long needed) {

    /** The rule that cannot be kept. */
    public enum Rule {
        /** Available minutes (longest allowed shift per available day, plus time-off credit) below the weekly minimum. */
        WEEKLY_MINUTES,
        /** Fewer available days than the contract's office days per week. */
        OFFICE_DAYS,
        /** An office's seats times the days of the week below the office days its agents must work there. */
        SEATS
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** The English sentence the REST API and the logs show, e.g. "Ayşe Kaya (A012), week of Mon 14 Dec: ...". */
    public String describe() {
        String week = "week of " + weekStart.format(DAY);
        return switch (rule) {
            case WEEKLY_MINUTES -> agentName + " (" + agentId + "), " + week + ": available for at most " + hours(available)
                    + " h but contract " + contract + " asks for at least " + hours(needed) + " h a week";
            case OFFICE_DAYS -> agentName + " (" + agentId + "), " + week + ": available on " + available
                    + " days but contract " + contract + " asks for " + needed + " office days a week";
            case SEATS -> site + " office, " + week + ": " + available + " seat-days but its agents' contracts ask for "
                    + needed + " office days";
        };
    }

    /** Hours with at most one decimal: 37.5, 40. */
    public static String hours(long minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }
}
