package dev.frontline.roster.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default weight of every soft rule as {@link RosterConstraintProvider} defines it: the number a planner's
 * override replaces (overrides multiply each match's own weight, e.g. the minutes of overtime, just as the default
 * does).
 */
public final class RosterWeights {

    private static final Map<String, Long> DEFAULTS;

    static {
        Map<String, Long> defaults = new LinkedHashMap<>();
        RosterConstraints.SOFT.forEach(name -> defaults.put(name, 1L));
        defaults.put(RosterConstraints.MIN_OFFICE_DAYS, RosterConstraintProvider.MIN_OFFICE_DAY_WEIGHT.softScore());
        defaults.put(RosterConstraints.TEAM_LEAD_IN_OFFICE, RosterConstraintProvider.TEAM_LEAD_WEIGHT.softScore());
        defaults.put(RosterConstraints.FAIR_WEEKENDS, RosterConstraintProvider.FAIR_WEEKENDS_WEIGHT.softScore());
        defaults.put(RosterConstraints.FAIR_NIGHTS, RosterConstraintProvider.FAIR_NIGHTS_WEIGHT.softScore());
        DEFAULTS = Map.copyOf(defaults);
    }

    private RosterWeights() {
    }

    /** Default soft weight of a soft rule named in {@link RosterConstraints#SOFT}. */
    public static long defaultSoftWeight(String constraintName) {
        Long weight = DEFAULTS.get(constraintName);
        if (weight == null) {
            throw new IllegalArgumentException("'" + constraintName + "' is not a soft roster rule");
        }
        return weight;
    }
}
