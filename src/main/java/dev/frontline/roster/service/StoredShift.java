package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One agent's shift on one day of a roster version; {@code siteCode} null = at home. {@code breakBucket} is the stagger
 * bucket that placed its breaks, null for a shift stored before it was stored (then the hash of agent and day).
 */
public record StoredShift(long agentId, String employeeNumber, String agentName, LocalDate workDate, Long shiftTemplateId,
        String shiftCode, OffsetDateTime startsAt, int lengthMinutes, Long siteId, String siteCode, boolean pinned,
        Integer breakBucket) {

    public OffsetDateTime endsAt() {
        return startsAt.plusMinutes(lengthMinutes);
    }
}
