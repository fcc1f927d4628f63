package dev.frontline.attrition.ui;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

import dev.frontline.attrition.engine.Cohorts;
import dev.frontline.attrition.engine.TenureBand;

/**
 * The attrition engine's labels in the reader's words: tenure bands ("0–90 d" becomes "0–90 gün"), quarters ("2025 Q1"
 * becomes "I kw. 2025") and hiring half-years ("2025 H1"). The engine keeps its compact labels for CSV and REST, which
 * stay the same in every language.
 */
final class AttritionTexts {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4}) ([QH])([1-4])");

    private AttritionTexts() {
    }

    static String band(Component where, TenureBand band) {
        return where.getTranslation("attrition.tenure-band." + band.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A quarter, a half-year or the cohort of those hired before the records start; anything else as it is. */
    static String period(Component where, String label) {
        if (Cohorts.BEFORE_RECORDS.equals(label)) {
            return where.getTranslation("attrition.cohort.before-records");
        }
        Matcher m = PERIOD.matcher(label);
        if (!m.matches()) {
            return label;
        }
        return where.getTranslation(m.group(2).equals("Q") ? "attrition.quarter" : "attrition.half-year", m.group(1),
                m.group(3));
    }
}
