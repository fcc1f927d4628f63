package dev.frontline.selfservice.bidding.engine;

import java.time.LocalDate;

import dev.frontline.roster.engine.ShiftType;

/** One shift of a line: the day of the horizon (0 = first), its date, the roster's shift type and the site (null = home). */
public record LineShift(int day, LocalDate date, ShiftType shift, String siteCode) {

    public boolean atHome() {
        return siteCode == null;
    }

    /** Minutes from the horizon start to the start and end of the shift. */
    public int startMinute() {
        return day * 24 * 60 + shift.startMinute();
    }

    public int endMinute() {
        return startMinute() + shift.lengthMinutes();
    }

    String key() {
        return day + "/" + shift.id() + "/" + (siteCode == null ? "" : siteCode);
    }
}
