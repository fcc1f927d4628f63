package dev.frontline.attrition.engine;

/** Tenure bands HR reads turnover by; the first band is the "early attrition" window of 90 days. */
public enum TenureBand {
    UP_TO_90_DAYS(0, 91, "0–90 d"),
    TO_6_MONTHS(91, 183, "91 d–6 m"),
    TO_1_YEAR(183, 365, "6–12 m"),
    TO_2_YEARS(365, 730, "1–2 y"),
    TO_3_YEARS(730, 1095, "2–3 y"),
    OVER_3_YEARS(1095, Long.MAX_VALUE, "3 y +");

    private final long fromDay;
    private final long toDay;
    private final String label;

    TenureBand(long fromDay, long toDay, String label) {
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.label = label;
    }

    /** First tenure day in the band (inclusive). */
    public long fromDay() {
        return fromDay;
    }

    /** First tenure day after the band (exclusive). */
    public long toDay() {
        return toDay;
    }

    public String label() {
        return label;
    }

    public static TenureBand of(long tenureDays) {
        for (TenureBand band : values()) {
            if (tenureDays < band.toDay) {
                return band;
            }
        }
        return OVER_3_YEARS;
    }
}
