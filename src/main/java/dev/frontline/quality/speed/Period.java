package dev.frontline.quality.speed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The days a question covers, both included: at most {@link #MAX_DAYS}. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 731;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException((from == null ? "from" : "to") + ": a day as YYYY-MM-DD is needed");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("to: the period from " + from + " to " + to + " is longer than "
                    + MAX_DAYS + " days");
        }
    }

    /** The months the period touches, for a trend of at least {@code months} months ending with the period's last. */
    public Period trendWindow(int months) {
        LocalDate start = YearMonth.from(to).minusMonths(months - 1L).atDay(1);
        return new Period(start.isBefore(from) ? start : YearMonth.from(from).atDay(1), to);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
