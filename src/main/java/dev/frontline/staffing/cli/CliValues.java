package dev.frontline.staffing.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the small value formats the staffing commands share ("30m", "80/20"). */
final class CliValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|sec|m|min|h)?");
    private static final Pattern SERVICE_LEVEL = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)");

    private CliValues() {
    }

    /** Seconds in "30m", "30min", "1h", "900s" or a bare number of minutes. */
    static double seconds(String option, String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration such as 30m, 1h or 900s");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "m" : m.group(2);
        double seconds = switch (unit) {
            case "s", "sec" -> value;
            case "h" -> value * 3600;
            default -> value * 60;
        };
        if (seconds <= 0) {
            throw new IllegalArgumentException(option + ": '" + text + "' must be longer than zero");
        }
        return seconds;
    }

    /** {percent, threshold seconds} from "80/20". */
    static double[] serviceLevel(String option, String text) {
        Matcher m = SERVICE_LEVEL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not X/Y, e.g. 80/20 for 80 % in 20 s");
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent > 100) {
            throw new IllegalArgumentException(option + ": " + m.group(1) + " % is above 100 %");
        }
        return new double[] {percent, Double.parseDouble(m.group(2))};
    }

    /** "97" or "90.5": no trailing ".0". */
    static String half(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
