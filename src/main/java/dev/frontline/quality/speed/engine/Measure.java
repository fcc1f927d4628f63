package dev.frontline.quality.speed.engine;

import java.util.List;
import java.util.Locale;

/**
 * The figures set against each other: speed (AHT, seconds) and the quality measures — the QA score (0–100),
 * first-contact resolution (%) and CSAT (1–5).
 */
public enum Measure {
    AHT, QA, FCR, CSAT;

    /** The quality measures a scatter can set against AHT. */
    public static final List<Measure> QUALITY = List.of(QA, FCR, CSAT);

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure qualityFromParameter(String value) {
        for (Measure m : QUALITY) {
            if (m.parameter().equalsIgnoreCase(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("measure: '" + value + "' is not one of qa, fcr, csat");
    }
}
