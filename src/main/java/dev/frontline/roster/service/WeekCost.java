package dev.frontline.roster.service;

import java.time.LocalDate;

/**
 * What placing the course in one week costs in coverage, two ways. The floor, by the roster's LP lower bound before
 * breaks: the unmet required agent-hours no roster of that week can beat without the course ({@code baseUnmetHours})
 * and with the cohort's sessions placed in it ({@code withCourseUnmetHours}). And a what-if solve: the week rostered
 * with the course's sessions for the engine to place ({@code placedSessions} of {@code courseDays} placed), and the
 * required agent-hours after breaks its placed sessions leave unmet, against the same roster with the cohort on the
 * phones instead ({@code solvedExtraHours}; null for a week measured before what-if solves). {@code planned} is false for
 * a week that cannot be measured — most often no requirements computed for it yet — and {@code reason} then says why.
 *
 * @param courseDays     the course's sessions
 * @param cohortRostered the cohort's agents who could be rostered that week (active, with shifts allowed)
 */
public record WeekCost(LocalDate week, boolean planned, int courseDays, int cohortRostered, double requiredHours,
                       double baseUnmetHours, double withCourseUnmetHours, int placedSessions, Double solvedExtraHours,
                       String reason) {

    /** The agent-hours the course leaves unmet at the least on top of what the week leaves unmet anyway (the floor). */
    public double extraUnmetHours() {
        return Math.max(0, withCourseUnmetHours - baseUnmetHours);
    }

    /** The same in points of under-coverage: unmet share of the week's required agent-hours. */
    public double extraPoints() {
        return requiredHours == 0 ? 0 : 100 * extraUnmetHours() / requiredHours;
    }

    /** Whether the what-if solve placed every session of the course in the week. */
    public boolean fits() {
        return solvedExtraHours != null && placedSessions >= courseDays;
    }

    /** What the week is ranked by: the solved cost where the course fits, else the floor (such weeks rank last). */
    public double rankedHours() {
        return solvedExtraHours != null ? Math.max(0, solvedExtraHours) : extraUnmetHours();
    }

    public static WeekCost unplanned(LocalDate week, int courseDays, String reason) {
        return new WeekCost(week, false, courseDays, 0, 0, 0, 0, 0, null, reason);
    }

    /** The week as a point of the what-if job's curve, so every node reads the figures from the job row. */
    String toPoint() {
        return String.join(";", POINT_V2, week.toString(), String.valueOf(planned), String.valueOf(courseDays),
                String.valueOf(cohortRostered), String.valueOf(requiredHours), String.valueOf(baseUnmetHours),
                String.valueOf(withCourseUnmetHours), String.valueOf(placedSessions),
                solvedExtraHours == null ? "" : String.valueOf(solvedExtraHours), reason == null ? "" : reason);
    }

    /** Points written since what-if solves start with this; older ones hold the floor alone. */
    private static final String POINT_V2 = "v2";

    static WeekCost fromPoint(String point) {
        if (point.startsWith(POINT_V2 + ";")) {
            // the reason comes last and may hold the separator itself
            String[] f = point.split(";", 11);
            return new WeekCost(LocalDate.parse(f[1]), Boolean.parseBoolean(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                    Integer.parseInt(f[8]), f[9].isEmpty() ? null : Double.valueOf(f[9]),
                    f.length < 11 || f[10].isEmpty() ? null : f[10]);
        }
        String[] f = point.split(";", 8);
        return new WeekCost(LocalDate.parse(f[0]), Boolean.parseBoolean(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), 0,
                null, f.length < 8 || f[7].isEmpty() ? null : f[7]);
    }
}
