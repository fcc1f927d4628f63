package dev.frontline.roster.curtois;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of the Curtois &amp; Qu employee shift scheduling benchmark, as its text format states it.
 * Days count from 0 and day 0 is a Monday; a weekend is a Saturday and the Sunday after it.
 */
public record CurtoisInstance(String name, int days, List<ShiftDef> shifts, List<Staff> staff,
        Map<String, Set<Integer>> daysOff, List<Request> onRequests, List<Request> offRequests, List<Cover> cover) {

    /** A shift type: its length and the shifts that may not be worked the day after it. */
    public record ShiftDef(String id, int minutes, Set<String> cannotBeFollowedBy) {
    }

    /** An employee's limits. {@code maxShifts} maps every shift id to its maximum count (0 = may not work it). */
    public record Staff(String id, Map<String, Integer> maxShifts, int maxTotalMinutes, int minTotalMinutes,
            int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends) {
    }

    /** A wish to work (on-request) or not to work (off-request) a shift on a day, with its penalty weight. */
    public record Request(String staffId, int day, String shiftId, int weight) {
    }

    /** Required number of employees on a shift on a day, with the penalty per missing and per extra employee. */
    public record Cover(int day, String shiftId, int requirement, int underWeight, int overWeight) {
    }

    public ShiftDef shift(String id) {
        return shifts.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public int staffIndex(String id) {
        for (int i = 0; i < staff.size(); i++) {
            if (staff.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
