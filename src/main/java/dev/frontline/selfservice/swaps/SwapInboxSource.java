package dev.frontline.selfservice.swaps;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.SwapStatus;
import dev.frontline.selfservice.inbox.CoverageImpact;
import dev.frontline.selfservice.inbox.PendingRequest;
import dev.frontline.selfservice.inbox.PendingRequestSource;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedStateException;

/**
 * Brings the swaps that would leave coverage worse into the planner's inbox, with the unmet agent-hours after breaks
 * before and after the swap as measured when the colleague accepted.
 */
@Component
class SwapInboxSource implements PendingRequestSource {

    static final String KIND = "SWAP";

    private final SwapService swaps;

    SwapInboxSource(SwapService swaps) {
        this.swaps = swaps;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PendingRequest> pending() {
        return swaps.pendingForPlanner().stream().map(SwapInboxSource::request).toList();
    }

    private static PendingRequest request(ShiftSwap swap) {
        java.time.LocalDate last = swap.colleagueDate() != null && swap.colleagueDate().isAfter(swap.requesterDate())
                ? swap.colleagueDate() : swap.requesterDate();
        java.time.LocalDate first = swap.colleagueDate() != null && swap.colleagueDate().isBefore(swap.requesterDate())
                ? swap.colleagueDate() : swap.requesterDate();
        CoverageImpact impact = ChangeCheck.COVERAGE_WORSE.equals(swap.ruleCode()) && swap.ruleArgs().size() == 2
                ? new CoverageImpact(swap.rosterVersionId(), 0, Double.parseDouble(swap.ruleArgs().get(0)),
                        Double.parseDouble(swap.ruleArgs().get(1)), 0)
                : CoverageImpact.unknown();
        String key = swap.colleagueDate() == null ? "selfservice.swaps.inbox.takeover" : "selfservice.swaps.inbox.swap";
        List<Object> args = swap.colleagueDate() == null
                ? List.of(swap.requesterName(), swap.requesterDate(), swap.colleagueName())
                : List.of(swap.requesterName(), swap.requesterDate(), swap.colleagueName(), swap.colleagueDate());
        return new PendingRequest(KIND, swap.id(), swap.requesterAgentId(), "", swap.requesterName(), null, first, last,
                key, args, swap.createdAt(), impact);
    }

    @Override
    public void approve(long id, String reason) {
        ShiftSwap decided = decide(id, true, reason);
        if (decided.status() != SwapStatus.APPROVED) {
            // the rule's own sentence when it has one, else the rule's name
            Phrase rule = decided.ruleDetail() != null ? decided.ruleDetail()
                    : Phrase.of("selfservice.rule." + decided.ruleCode().toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
            throw new PhrasedStateException(Phrase.of("selfservice.inbox.outcome.swap-refused", id, rule));
        }
    }

    @Override
    public void deny(long id, String reason) {
        decide(id, false, reason);
    }

    private ShiftSwap decide(long id, boolean approve, String reason) {
        try {
            return swaps.decideAsPlanner(id, approve, reason);
        } catch (SwapRefusedException e) {
            throw new PhrasedStateException(e.reason() != null ? e.reason()
                    : Phrase.of("selfservice.inbox.outcome.unexpected", KIND + "-" + id), e);
        }
    }
}
