package dev.frontline.roster.engine;

/**
 * What a published roster told an agent for a day ({@code shiftType} null = a day off), which a repair should keep:
 * changing it costs the minutes that move (see {@link #changedMinutes}).
 */
public record PublishedShift(Agent agent, int day, ShiftType shiftType, WorkLocation location) {

    /**
     * Minutes of the agent's day that differ from the published one: minutes worked that were not published plus
     * published minutes no longer worked, plus the overlap when the place of work changed. 0 = unchanged.
     */
    public long changedMinutes(ShiftType shift, WorkLocation where) {
        if (shiftType == null && shift == null) {
            return 0;
        }
        if (shiftType == null) {
            return shift.lengthMinutes();
        }
        if (shift == null) {
            return shiftType.lengthMinutes();
        }
        int overlap = Math.max(0, Math.min(shiftType.endMinute(), shift.endMinute())
                - Math.max(shiftType.startMinute(), shift.startMinute()));
        long moved = shiftType.lengthMinutes() + shift.lengthMinutes() - 2L * overlap;
        return moved + (location != null && !location.equals(where) ? overlap : 0);
    }
}
