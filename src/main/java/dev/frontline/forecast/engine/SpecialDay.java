package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar fact the caller knows (the engine never calls a holiday library).
 *
 * @param kind          groups days whose effect is learned together, e.g. "Christmas Eve", "campaign", "bill run"
 * @param upliftPercent a known effect on the day's volume (+20 means 20 % more), or {@code null} to learn it
 */
public record SpecialDay(LocalDate date, SpecialDayType type, String kind, Double upliftPercent) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        kind = kind == null || kind.isBlank() ? type.name().toLowerCase() : kind.trim();
        if (upliftPercent != null && (!Double.isFinite(upliftPercent) || upliftPercent <= -100)) {
            throw new IllegalArgumentException("special day " + date + " (" + kind + "): uplift " + upliftPercent + " % must be above -100 %");
        }
    }

    public static SpecialDay closed(LocalDate date, String reason) {
        return new SpecialDay(date, SpecialDayType.CLOSED, reason, null);
    }

    public static SpecialDay holiday(LocalDate date, String name) {
        return new SpecialDay(date, SpecialDayType.PUBLIC_HOLIDAY, name, null);
    }

    public static SpecialDay event(LocalDate date, String kind, Double upliftPercent) {
        return new SpecialDay(date, SpecialDayType.EVENT, kind, upliftPercent);
    }
}
