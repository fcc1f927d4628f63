package dev.frontline.selfservice.bidding.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.ShiftType;

/**
 * An agent as the eligibility check reads them: contract, queues they serve, whether they may work at home and at
 * which sites, per horizon day the shift types they may work there (templates, availability; none on time off), the
 * days of approved time off and the paid minutes such a day counts.
 */
public record Candidate(long agentId, Contract contract, Set<String> queues, boolean homeAllowed, Set<String> sites,
        List<Set<ShiftType>> offered, Set<Integer> timeOffDays, Map<Integer, Integer> creditedMinutes) {

    public Candidate {
        queues = Set.copyOf(queues);
        sites = Set.copyOf(sites);
        offered = List.copyOf(offered);
        timeOffDays = Set.copyOf(timeOffDays);
        creditedMinutes = Map.copyOf(creditedMinutes);
    }
}
