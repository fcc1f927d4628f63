package dev.frontline.roster.engine;

/**
 * Labour rules of an agent. Minimums of 0 and maximums of {@link #UNLIMITED} switch a rule off.
 * <p>
 * Minimum consecutive working days and days off do not apply to a run that touches the start or the end of the
 * horizon, because the days just outside it are unknown (the Curtois benchmark states the same assumption).
 *
 * @param timeOffCreditMinutes minutes an approved day of time off counts towards the minutes rules (paid leave)
 * @param overtimeAfterMinutesPerWeek weekly minutes above which each minute costs overtime
 */
public record Contract(String id, int minMinutesPerWeek, int maxMinutesPerWeek, int minMinutesInHorizon,
        int maxMinutesInHorizon, int maxConsecutiveWorkingDays, int minConsecutiveWorkingDays, int minConsecutiveDaysOff,
        int maxWeekends, int minRestMinutes, int timeOffCreditMinutes, int overtimeAfterMinutesPerWeek,
        int minOfficeDaysPerWeek) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Contract {
        int[] values = {minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek};
        for (int value : values) {
            if (value < 0) {
                throw new IllegalArgumentException("contract '" + id + "': value " + value + " is negative");
            }
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

    /** A contract with every rule switched off, to be narrowed with the {@code with...} methods. */
    public static Contract unrestricted(String id) {
        return new Contract(id, 0, UNLIMITED, 0, UNLIMITED, UNLIMITED, 0, 0, UNLIMITED, 0, 0, UNLIMITED, 0);
    }

    public Contract withWeeklyMinutes(int min, int max) {
        return new Contract(id, min, max, minMinutesInHorizon, maxMinutesInHorizon, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withHorizonMinutes(int min, int max) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, min, max, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withConsecutive(int maxWorkingDays, int minWorkingDays, int minDaysOff) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxWorkingDays, minWorkingDays, minDaysOff, maxWeekends, minRestMinutes, timeOffCreditMinutes,
                overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withMaxWeekends(int max) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, max, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withMinRestMinutes(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withTimeOffCreditMinutes(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                minutes, overtimeAfterMinutesPerWeek, minOfficeDaysPerWeek);
    }

    public Contract withOvertimeAfterMinutesPerWeek(int minutes) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, minutes, minOfficeDaysPerWeek);
    }

    public Contract withMinOfficeDaysPerWeek(int days) {
        return new Contract(id, minMinutesPerWeek, maxMinutesPerWeek, minMinutesInHorizon, maxMinutesInHorizon,
                maxConsecutiveWorkingDays, minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWeekends, minRestMinutes,
                timeOffCreditMinutes, overtimeAfterMinutesPerWeek, days);
    }
}
