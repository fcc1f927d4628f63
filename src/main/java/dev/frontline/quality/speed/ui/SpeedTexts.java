package dev.frontline.quality.speed.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import dev.frontline.quality.speed.engine.Explanation;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.Quartiles;
import dev.frontline.shared.ui.Formats;

/** How the speed-and-quality pages write figures, measures, months and the engine's explanations. */
final class SpeedTexts {

    private SpeedTexts() {
    }

    /** A measure's figure in the user's locale and its unit: "212 s", "84.5", "71.3 %", "4.21"; "–" when absent. */
    static String value(Component c, Measure measure, Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        return switch (measure) {
            case AHT -> c.getTranslation("speed.unit.seconds", Formats.integer(Math.round(value)));
            case QA -> Formats.decimal(value, 1);
            case FCR -> Formats.percent(value, 1);
            case CSAT -> Formats.decimal(value, 2);
        };
    }

    static String ces(Double value) {
        return value == null ? "–" : Formats.decimal(value, 2);
    }

    static String name(Component c, Measure measure) {
        return c.getTranslation("speed.measure." + measure.parameter());
    }

    /** "80.0–88.0" for a band, in the measure's own format. */
    static String band(Component c, Measure measure, Quartiles q) {
        return c.getTranslation("speed.band.range", value(c, measure, q.p25()), value(c, measure, q.p75()));
    }

    /** An engine explanation about {@code subject} (an agent's name; null for a team-level note). */
    static String explain(Component c, Explanation e, String subject) {
        return subject == null ? c.getTranslation(e.code(), e.arguments().toArray())
                : c.getTranslation(e.code(), e.withSubject(subject));
    }

    static String month(Component c, YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLL yyyy", Formats.locale()));
    }

    /** A number for CSV files: dot decimals whatever the locale, empty when absent. */
    static String csv(Double value, int fractionDigits) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%." + fractionDigits + "f", value);
    }
}
