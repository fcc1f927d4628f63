package dev.frontline.forecast.engine;

import dev.frontline.shared.text.Phrase;

/**
 * The multiplier applied to a special day's model forecast and where it came from.
 *
 * @param kind   e.g. "event:campaign", "public_holiday:Christmas Eve", "reopening-after-closure"
 * @param source "given +20.0 %", "learned from 3 past days", or why no effect was applied
 */
public record DayEffect(String kind, double factor, Phrase source) {

    /** The day's kind in words: "public holiday Christmas Eve", "event campaign", "first open day after a closure". */
    public Phrase kindPhrase() {
        if (SpecialDayEffects.REOPENING.equals(kind)) {
            return Phrase.of("forecast.day.kind.reopening");
        }
        int colon = kind.indexOf(':');
        String type = colon < 0 ? "" : kind.substring(0, colon);
        String name = colon < 0 ? kind : kind.substring(colon + 1);
        return switch (type) {
            case "public_holiday" -> Phrase.of("forecast.day.kind.public-holiday", name);
            case "event" -> Phrase.of("forecast.day.kind.event", name);
            default -> Phrase.of("forecast.day.kind.other", name);
        };
    }

    /** The per-day note: "special day: public holiday Christmas Eve, ×1.200 (given +20.0 %)". */
    public Phrase note() {
        return Phrase.of("forecast.day.special", kindPhrase(), factor, source);
    }
}
