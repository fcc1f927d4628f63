package dev.frontline.selfservice.preferences.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What a roster made of one date of a wish: honoured, or refused for {@code reason} with its arguments (dates as
 * ISO dates, times as HH:mm, counts as whole numbers, so each language words them itself).
 */
public record Verdict(long wishId, LocalDate date, boolean honoured, Reason reason, List<String> args) {

    public static Verdict honoured(DatedWish wish) {
        return new Verdict(wish.wishId(), wish.date(), true, null, List.of());
    }

    public static Verdict refused(DatedWish wish, Reason reason, Object... args) {
        return new Verdict(wish.wishId(), wish.date(), false, reason,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Why a wish was refused; each has a sentence per language ({@code selfservice.wishes.reason.<NAME>}). */
    public enum Reason {
        /** A day off refused: without the day the agent's week falls under the contract's minimum hours. Args: hours. */
        CONTRACT_MIN_HOURS,
        /** A day off refused: colleagues of the team asked for the same day. Args: date, team askers, granted. */
        DAY_OFF_CONTESTED,
        /** A day off refused: the team's coverage that day needed the agent. Args: date. */
        COVERAGE_NEEDED,
        /** A day on refused: approved time off that day. Args: date. */
        TIME_OFF,
        /** A day on refused: the agent's availability rules out every shift that day. Args: date. */
        UNAVAILABLE,
        /** A day on refused: the week already holds the contract's maximum hours. Args: hours. */
        CONTRACT_MAX_HOURS,
        /** A day on refused: it would make a run longer than the contract allows. Args: days. */
        MAX_CONSECUTIVE_DAYS,
        /** A day on refused: coverage that day was met without the agent. Args: date. */
        COVERAGE_FULL,
        /** A start refused: none of the agent's shift templates starts in the wanted range. Args: earliest, latest. */
        NO_SHIFT_STARTS_THEN,
        /** A start refused: the intervals the shift covers needed the agent then. Args: date, actual start. */
        START_NEEDED,
        /** An office day refused: the agent may not work in an office. */
        NO_OFFICE,
        /** An office day refused: every seat of the site was taken that day. Args: date, seats, site name. */
        SEATS_TAKEN,
        /**
         * An office day refused: every seat of the site was taken that day by agents who had booked an office day there
         * (bookings are strong wishes the roster honours first). Args: date, seats, site name.
         */
        SEATS_BOOKED,
        /** An office day refused while seats were free: other wishes and rules kept the agent at home. Args: date. */
        KEPT_HOME,
        /** A home day refused: the contract's minimum office days in the week. Args: date, days. */
        MIN_OFFICE_DAYS,
        /** A home day refused: the agent leads a team that was in the office that day. Args: date. */
        TEAM_LEAD_IN_OFFICE,
        /** A home day refused for other rules (e.g. the team's office day). Args: date. */
        KEPT_IN_OFFICE
    }
}
