package dev.frontline.workforce.masterdata;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import de.focus_shift.jollyday.core.HolidayManager;

/**
 * The shapes the database's check constraints accept, named by the Bean Validation constraints on the master-data
 * drafts ({@link RegionTimeZone} and {@link HolidayCalendarCountry} call the predicates), and {@link #require}, the
 * refusal of a rule that needs the database.
 */
public final class Rules {

    /** Codes of sites, teams, contracts and shift templates. */
    public static final String CODE_PATTERN = "^[A-Z0-9_-]{2,20}$";
    /** Queue and skill codes may be longer ("BILLING_TR_VOICE"). */
    public static final String LONG_CODE_PATTERN = "^[A-Z0-9_-]{2,40}$";
    /** A queue's skill: empty for the queue's own. */
    public static final String OPTIONAL_LONG_CODE_PATTERN = "^([A-Z0-9_-]{2,40})?$";
    public static final String EMPLOYEE_NUMBER_PATTERN = "^[A-Z0-9-]{2,20}$";
    /** A two-letter ISO 639 language code in lower case. */
    public static final String LANGUAGE_PATTERN = "^[a-z]{2}$";
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+$";

    private static final Pattern ZONE_SHAPE = Pattern.compile("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$");

    private Rules() {
    }

    /** A region-based java.time zone ("Europe/Istanbul"), the shape the database accepts; offsets are refused. */
    public static boolean timeZone(String value) {
        if (value == null || !ZONE_SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** An ISO 3166 country for which Jollyday has a public-holiday calendar. */
    public static boolean country(String value) {
        return value != null && value.matches("^[A-Z]{2}$")
                && HolidayManager.getSupportedCalendarCodes().contains(value.toUpperCase(Locale.ROOT));
    }

    public static boolean between(Number value, int min, int max) {
        return value != null && value.doubleValue() >= min && value.doubleValue() <= max;
    }

    /** Text as it is stored: without the spaces around it that a form or a CSV cell may carry. */
    static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Throws the refusal when the rule does not hold. */
    static void require(boolean holds, String key, Object... args) {
        if (!holds) {
            throw new MasterDataException(key, args);
        }
    }
}
