package dev.frontline.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.security.CurrentUser;
import dev.frontline.security.FrontlineUser;
import dev.frontline.workforce.persistence.AgentRepository;

/**
 * Reads of the workforce, scoped to the signed-in user: planners and HR see every agent, an agent only themselves.
 * The check lives here, not in the views, so the UI and the REST API cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceService {

    private final AgentRepository agents;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkforceService(AgentRepository agents, CurrentUser currentUser, Clock clock) {
        this.agents = agents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The profile of the given agent, if the signed-in user may see it. */
    public AgentProfile agentProfile(long agentId) {
        FrontlineUser user = currentUser.require();
        if (!user.maySeeAgent(agentId)) {
            throw new AccessDeniedException("An agent can only see their own profile");
        }
        return agents.findProfile(agentId)
                .orElseThrow(() -> new UnknownAgentException(agentId));
    }

    /** The signed-in agent's own profile. */
    public AgentProfile myProfile() {
        FrontlineUser user = currentUser.require();
        long agentId = user.agentId()
                .orElseThrow(() -> new AccessDeniedException("Only agents have a personal profile"));
        return agentProfile(agentId);
    }

    /** All agents; planners and HR only. */
    public List<AgentSummary> allAgents() {
        requirePlannerOrHr();
        return agents.findAll();
    }

    public List<HeadcountRow> activeHeadcount() {
        requirePlannerOrHr();
        return agents.activeHeadcountBySiteAndTeam();
    }

    /** Turnover over the twelve months up to today. */
    public Turnover turnoverLast12Months() {
        requirePlannerOrHr();
        LocalDate today = LocalDate.now(clock);
        return Turnover.of(agents.employments(), today.minusYears(1), today);
    }

    /** Every employment, current and past, for the attrition analyses; planners and HR only. */
    public List<EmploymentRecord> employmentRecords() {
        requirePlannerOrHr();
        return agents.employmentRecords();
    }

    private void requirePlannerOrHr() {
        if (currentUser.require().agentId().isPresent()) {
            throw new AccessDeniedException("Agents cannot see other agents' data");
        }
    }
}
