package dev.frontline.selfservice.swaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.frontline.db.enums.SwapStatus;

/**
 * A swap of published shifts: the requester gives their shift on {@code requesterDate}; the colleague gives theirs on
 * {@code colleagueDate} in return, or nothing when it is null (the colleague takes the shift over). {@code ruleCode}
 * names the rule of a refusal (or why it went to the planner).
 */
public record ShiftSwap(long id, long rosterVersionId, long requesterAgentId, String requesterName, LocalDate requesterDate,
        long colleagueAgentId, String colleagueName, LocalDate colleagueDate, SwapStatus status, String ruleCode,
        List<String> ruleArgs, String note, OffsetDateTime createdAt, OffsetDateTime decidedAt, String decidedBy) {
}
