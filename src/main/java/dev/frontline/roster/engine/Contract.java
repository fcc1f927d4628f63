package dev.frontline.roster.engine;

/**
 * Labour rules of an agent. Minimums of 0 and maximums of {@link #UNLIMITED} switch a rule off.
 * <p>
 * Minimum consecutive working days and days off do not apply to a run that touches the start or the end of the
 * horizon, because the days just outside it are unknown (the Curtois benchmark states the same assumption).
 *
 * @param timeOffCreditMinutes minutes an approved day of time off counts towards the minutes rules (paid leave)
 * @param overtimeAfterMinutesPerWeek weekly minutes above which each minute costs overtime
 * @param nightStartMinute minute of the day the night window starts (e.g. 1320 = 22:00)
 * @param nightEndMinute minute of the day it ends; earlier than the start = the window wraps midnight; equal to the
 *        start = no night window (no shift is a night shift)
 * @param maxNightShiftsPerWeek night shifts allowed per Monday–Sunday week
 */
public record Contract(String id, int minMinutesPerWeek, int maxMinutesPerWeek, int minMinutesInHorizon,
        int maxMinutesInHorizon, int maxConsecutiveWorkingDays, int minConsecutiveWorkingDays, int minConsecutiveDaysOff,
        int maxWeekends, int minRestMinutes, int timeOffCreditMinutes, int overtimeAfterMinutesPerWeek,
        int minOfficeDaysPerWeek, int nightStartMinute, int nightEndMinute, int maxNightShiftsPerWeek) {

    public static final int UNLIMITED = Integer.MAX_VALUE;
    private static final int DAY = 24 * 60;

    public Contract {
        int[] values = {minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, maxNightShiftsPerWeek};
        for (int value : values) {
            if (value < 0) {
                throw new IllegalArgumentException("contract '" + id + "': value " + value + " is negative");
            }
        }
        if (nightStartMinute < 0 || nightStartMinute >= DAY || nightEndMinute < 0 || nightEndMinute >= DAY) {
            throw new IllegalArgumentException("contract '" + id + "': night window " + nightStartMinute + ".."
                    + nightEndMinute + " is outside the minutes of a day 0..1439");
        }
        if (minMinutesPerWeek > maxMinutesPerWeek) {
            throw new IllegalArgumentException("contract '" + id + "': min minutes per week " + minMinutesPerWeek
                    + " exceeds max " + maxMinutesPerWeek);
        }
        if (minMinutesInHorizon > maxMinutesInHorizon) {
            throw new IllegalArgumentException("contract '" + id + "': min minutes in horizon " + minMinutesInHorizon
                    + " exceeds max " + maxMinutesInHorizon);
        }
    }

    /**
     * A contract with every rule switched off, to be narrowed with the {@code with...} methods. It has no night window
     * either, so no shift counts as a night shift until {@link #withNightRules} sets one.
     */
    public static Contract unrestricted(String id) {
        return new Contract(id, 0, UNLIMITED, 0, UNLIMITED, UNLIMITED, 0, 0, UNLIMITED, 0, 0, UNLIMITED, 0, 0, 0, UNLIMITED);
    }

    public Contract withWeeklyMinutes(int min, int max) {
        return new Contract(id, min, max, minMinutesInHorizon, maxMinutesInHorizon, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withHorizonMinutes(int min, int max) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, min, max, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withConsecutive(int maxWorkingDays, int minWorkingDays, int minDaysOff) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxWorkingDays, minWorkingDays, minDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withMaxWeekends(int max) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, max, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withMinRestMinutes(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withTimeOffCreditMinutes(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                minutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withOvertimeAfterMinutesPerWeek(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, minutes, minOfficeDaysPerWeek, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withMinOfficeDaysPerWeek(int days) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, days, nightStartMinute, nightEndMinute, maxNightShiftsPerWeek);
    }

    public Contract withNightRules(int startMinute, int endMinute, int maxPerWeek) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek, startMinute, endMinute, maxPerWeek);
    }

    public boolean hasNightWindow() {
        return nightStartMinute != nightEndMinute;
    }

    /**
     * Whether a shift has at least one minute inside the night window. The shift runs from {@code startMinute} (minute
     * of its day) for its length and may end on the next day (or later); the window recurs every day and, when it
     * wraps midnight, runs from its start to its end on the next day. Both are half-open, so a shift ending exactly
     * when the night starts, or starting exactly when it ends, is not a night shift.
     */
    public boolean isNightShift(ShiftType shift) {
        if (shift == null || !hasNightWindow()) {
            return false;
        }
        int start = shift.startMinute();
        int end = shift.endMinute();
        int windowLength = Math.floorMod(nightEndMinute - nightStartMinute, DAY);
        // windows starting the day before the shift's day up to the last day the shift reaches
        for (int day = -1; day * DAY + nightStartMinute < end; day++) {
            int windowStart = day * DAY + nightStartMinute;
            if (Math.max(start, windowStart) < Math.min(end, windowStart + windowLength)) {
                return true;
            }
        }
        return false;
    }
}
