package dev.frontline.roster.service;

import java.time.LocalDate;

/**
 * What placing the course in one week costs in coverage, by the roster's LP lower bound before breaks: the unmet
 * required agent-hours no roster of that week can beat without the course ({@code baseUnmetHours}) and with the
 * cohort off the phones on the course's days ({@code withCourseUnmetHours}). {@code planned} is false for a week that
 * cannot be measured — most often no requirements computed for it yet — and {@code reason} then says why.
 *
 * @param courseDays     the course's days: one session a day on the first working days of the week
 * @param cohortRostered the cohort's agents who could be rostered that week (active, with shifts allowed)
 */
public record WeekCost(LocalDate week, boolean planned, int courseDays, int cohortRostered, double requiredHours,
                       double baseUnmetHours, double withCourseUnmetHours, String reason) {

    /** The agent-hours the course leaves unmet on top of what the week leaves unmet anyway. */
    public double extraUnmetHours() {
        return Math.max(0, withCourseUnmetHours - baseUnmetHours);
    }

    /** The same in points of under-coverage: unmet share of the week's required agent-hours. */
    public double extraPoints() {
        return requiredHours == 0 ? 0 : 100 * extraUnmetHours() / requiredHours;
    }

    public static WeekCost unplanned(LocalDate week, int courseDays, String reason) {
        return new WeekCost(week, false, courseDays, 0, 0, 0, 0, reason);
    }

    /** The week as a point of the what-if job's curve, so every node reads the figures from the job row. */
    String toPoint() {
        return String.join(";", week.toString(), String.valueOf(planned), String.valueOf(courseDays),
                String.valueOf(cohortRostered), String.valueOf(requiredHours), String.valueOf(baseUnmetHours),
                String.valueOf(withCourseUnmetHours), reason == null ? "" : reason);
    }

    static WeekCost fromPoint(String point) {
        // the reason comes last and may hold the separator itself
        String[] f = point.split(";", 8);
        return new WeekCost(LocalDate.parse(f[0]), Boolean.parseBoolean(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                f.length < 8 || f[7].isEmpty() ? null : f[7]);
    }
}
