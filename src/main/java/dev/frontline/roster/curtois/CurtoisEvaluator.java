package dev.frontline.roster.curtois;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a roster straight from the benchmark's definition, without the engine: a second code path that the engine's
 * score is tested against. {@code roster[e][d]} is the shift id employee {@code e} (in instance order) works on day
 * {@code d}, or null for a day off. Min consecutive shifts and days off assume an infinite run of shifts / days off
 * before and after the horizon, as the benchmark states.
 */
public final class CurtoisEvaluator {

    private CurtoisEvaluator() {
    }

    public static CurtoisEvaluation evaluate(CurtoisInstance instance, String[][] roster) {
        if (roster.length != instance.staff().size()) {
            throw new IllegalArgumentException("roster has " + roster.length + " rows for " + instance.staff().size()
                    + " employees");
        }
        List<String> violations = new ArrayList<>();
        for (int e = 0; e < roster.length; e++) {
            checkEmployee(instance, instance.staff().get(e), roster[e], violations);
        }
        long on = 0;
        for (CurtoisInstance.Request r : instance.onRequests()) {
            if (!r.shiftId().equals(roster[instance.staffIndex(r.staffId())][r.day()])) {
                on += r.weight();
            }
        }
        long off = 0;
        for (CurtoisInstance.Request r : instance.offRequests()) {
            if (r.shiftId().equals(roster[instance.staffIndex(r.staffId())][r.day()])) {
                off += r.weight();
            }
        }
        long under = 0;
        long over = 0;
        for (CurtoisInstance.Cover c : instance.cover()) {
            int working = 0;
            for (String[] row : roster) {
                if (c.shiftId().equals(row[c.day()])) {
                    working++;
                }
            }
            under += (long) Math.max(0, c.requirement() - working) * c.underWeight();
            over += (long) Math.max(0, working - c.requirement()) * c.overWeight();
        }
        return new CurtoisEvaluation(on, off, under, over, violations);
    }

    private static void checkEmployee(CurtoisInstance instance, CurtoisInstance.Staff staff, String[] days,
            List<String> violations) {
        String who = "employee " + staff.id();
        if (days.length != instance.days()) {
            throw new IllegalArgumentException(who + ": " + days.length + " days for a horizon of " + instance.days());
        }
        int minutes = 0;
        for (int d = 0; d < days.length; d++) {
            if (days[d] == null) {
                continue;
            }
            CurtoisInstance.ShiftDef shift = instance.shift(days[d]);
            if (shift == null) {
                throw new IllegalArgumentException(who + ", day " + d + ": unknown shift '" + days[d] + "'");
            }
            minutes += shift.minutes();
            if (d + 1 < days.length && days[d + 1] != null && shift.cannotBeFollowedBy().contains(days[d + 1])) {
                violations.add(who + ": shift " + days[d + 1] + " on day " + (d + 1) + " may not follow " + days[d]);
            }
            if (instance.daysOff().getOrDefault(staff.id(), Set.of()).contains(d)) {
                violations.add(who + ": works on day off " + d);
            }
        }
        for (var max : staff.maxShifts().entrySet()) {
            long count = java.util.Arrays.stream(days).filter(max.getKey()::equals).count();
            if (count > max.getValue()) {
                violations.add(who + ": " + count + " shifts " + max.getKey() + ", max " + max.getValue());
            }
        }
        if (minutes > staff.maxTotalMinutes()) {
            violations.add(who + ": " + minutes + " minutes, max " + staff.maxTotalMinutes());
        }
        if (minutes < staff.minTotalMinutes()) {
            violations.add(who + ": " + minutes + " minutes, min " + staff.minTotalMinutes());
        }
        int d = 0;
        while (d < days.length) {
            boolean working = days[d] != null;
            int start = d;
            while (d < days.length && (days[d] != null) == working) {
                d++;
            }
            int length = d - start;
            boolean touchesEdge = start == 0 || d == days.length;
            if (working && length > staff.maxConsecutiveShifts()) {
                violations.add(who + ": " + length + " consecutive shifts from day " + start + ", max "
                        + staff.maxConsecutiveShifts());
            }
            if (working && !touchesEdge && length < staff.minConsecutiveShifts()) {
                violations.add(who + ": " + length + " consecutive shifts from day " + start + ", min "
                        + staff.minConsecutiveShifts());
            }
            if (!working && !touchesEdge && length < staff.minConsecutiveDaysOff()) {
                violations.add(who + ": " + length + " consecutive days off from day " + start + ", min "
                        + staff.minConsecutiveDaysOff());
            }
        }
        int weekends = 0;
        for (int saturday = 5; saturday < days.length; saturday += 7) {
            boolean sunday = saturday + 1 < days.length && days[saturday + 1] != null;
            if (days[saturday] != null || sunday) {
                weekends++;
            }
        }
        if (weekends > staff.maxWeekends()) {
            violations.add(who + ": " + weekends + " weekends worked, max " + staff.maxWeekends());
        }
    }
}
