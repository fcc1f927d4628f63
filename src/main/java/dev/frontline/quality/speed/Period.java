package dev.frontline.quality.speed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/**
 * The days a question covers, both included: at most {@link #MAX_DAYS}. A period that is none is refused naming the
 * field at fault ({@code from} or {@code to}) with a sentence the reader gets in their own language.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 731;

    public Period {
        if (from == null || to == null) {
            throw new RefusedValueException(from == null ? "from" : "to", Phrase.of("speed.period.day-required"));
        }
        if (to.isBefore(from)) {
            throw new RefusedValueException("to", Phrase.of("speed.period.backwards", to, from));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new RefusedValueException("to", Phrase.of("speed.period.too-long", from, to, MAX_DAYS));
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
