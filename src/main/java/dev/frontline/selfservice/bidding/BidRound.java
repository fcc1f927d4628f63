package dev.frontline.selfservice.bidding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.frontline.db.enums.BidRoundStatus;
import dev.frontline.selfservice.bidding.engine.Precedence;

/**
 * A bid round: the solved draft its lines come from, the period, the precedence rule (with the lottery's seed, shown to
 * everyone), the deadline for rankings, and how far it has got (OPEN, ALLOCATED, APPLIED as the new roster version).
 */
public record BidRound(long id, long rosterVersionId, LocalDate firstDay, LocalDate lastDay, String timeZone,
        Precedence precedence,
        Long seed, Long previousRoundId, OffsetDateTime deadline, BidRoundStatus status, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime allocatedAt, Long appliedVersionId, OffsetDateTime appliedAt, int participants) {

    /** Rankings may change until the deadline while the round is open. */
    public boolean openAt(OffsetDateTime now) {
        return status == BidRoundStatus.OPEN && now.isBefore(deadline);
    }
}
