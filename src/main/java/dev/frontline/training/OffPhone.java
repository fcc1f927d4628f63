package dev.frontline.training;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Training's off-phone hours per site or team and month, against HR's budget. */
public final class OffPhone {

    private OffPhone() {
    }

    /** What a budget is for: a site (agents by home site) or a team. */
    public enum Scope { SITE, TEAM }

    /** A site or team to choose: its code and name. */
    public record ScopeOption(String code, String name) {
    }

    /**
     * A site's or team's month: hours taken by results dated that month, hours planned by open enrolments due that
     * month, and its budget (null when HR set none).
     */
    public record Month(String scopeCode, String scopeName, YearMonth month, BigDecimal taken, BigDecimal planned,
                       BigDecimal budget) {
    }
}
