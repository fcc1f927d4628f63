package dev.frontline.selfservice.bidding;

import java.time.LocalDate;
import java.util.List;

/**
 * The lines a round would offer from a solved draft, seen by the planner before opening it: how many agents would bid,
 * and per line (its number, copies, shifts and summary; no id yet) how many of them could rank it.
 */
public record BidPreview(long rosterVersionId, LocalDate firstDay, LocalDate lastDay, int bidders, List<PreviewLine> lines) {

    public record PreviewLine(BidLine line, int eligibleAgents) {
    }
}
