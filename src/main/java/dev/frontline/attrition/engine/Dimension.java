package dev.frontline.attrition.engine;

import java.util.Arrays;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/** What survival and forecasts can be grouped by; the names are the REST {@code by=} values. */
public enum Dimension {
    SITE("site"), WORK_LOCATION("workLocation"), TEAM("team"), CONTRACT("contract"), COHORT("cohort"),
    TENURE_BAND("tenureBand"),
    /** Training received: the onboarding path an agent took, or {@link #NONE_RECORDED}. */
    PATH("path");

    /** The group of agents with no onboarding path on record (hired before training was recorded, for one). */
    public static final String NONE_RECORDED = "none recorded";

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Reads a {@code by=} value, naming the allowed ones when it is not one of them. */
    public static Dimension fromParameter(String value) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(value)).findFirst()
                .orElseThrow(() -> new RefusedValueException("by", Phrase.of("attrition.error.grouping",
                        String.valueOf(value), String.join(", ", Arrays.stream(values()).map(Dimension::parameter).toList()))));
    }
}
