package dev.frontline.workforce.masterdata;

import java.time.LocalTime;
import java.util.List;

/** A contract and its labour rules, in minutes and days as the roster engine reads them. */
public record ContractDraft(String code, String name, Integer minMinutesPerWeek, Integer maxMinutesPerWeek,
        Integer overtimeAfterMinutesPerWeek, Integer minRestMinutes, Integer minConsecutiveWorkingDays,
        Integer maxConsecutiveWorkingDays, Integer minConsecutiveDaysOff, Integer maxWeekendsPer4Weeks,
        Integer maxNightShiftsPerWeek, LocalTime nightStartsAt, LocalTime nightEndsAt, Integer minOfficeDaysPerWeek,
        List<AllowedTemplate> allowedTemplates) {

    /** A shift template agents on this contract may work, capped per 4 weeks when the cap is set. */
    public record AllowedTemplate(String templateCode, Integer maxShiftsPer4Weeks) {
        @Override
        public String toString() {
            return maxShiftsPer4Weeks == null ? templateCode : templateCode + " ≤" + maxShiftsPer4Weeks;
        }
    }
}
