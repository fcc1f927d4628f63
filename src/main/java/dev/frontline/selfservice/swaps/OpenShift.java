package dev.frontline.selfservice.swaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A shift under-covered intervals of a published roster ask for; {@code claimedByAgentId} null = still open. */
public record OpenShift(long id, long rosterVersionId, LocalDate workDate, String shiftCode, OffsetDateTime startsAt,
        int lengthMinutes, String queueCode, int gapIntervals, Long claimedByAgentId, OffsetDateTime claimedAt) {

    public OffsetDateTime endsAt() {
        return startsAt.plusMinutes(lengthMinutes);
    }

    public boolean isOpen() {
        return claimedByAgentId == null;
    }
}
