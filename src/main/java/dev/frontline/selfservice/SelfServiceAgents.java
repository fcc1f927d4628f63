package dev.frontline.selfservice;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.persistence.AgentFactsRepository;

/** The signed-in agent of a self-service request, and the facts about any agent that the services decide by. */
@Component
public class SelfServiceAgents {

    private final CurrentUser currentUser;
    private final AgentFactsRepository facts;

    SelfServiceAgents(CurrentUser currentUser, AgentFactsRepository facts) {
        this.currentUser = currentUser;
        this.facts = facts;
    }

    /** The signed-in user's own agent id; refused for users who are not agents. */
    public long myAgentId() {
        return currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("only an agent has their own schedule and requests"));
    }

    public AgentFacts me() {
        return facts(myAgentId());
    }

    public AgentFacts facts(long agentId) {
        return facts.find(agentId).orElseThrow(() -> new java.util.NoSuchElementException("agent " + agentId + " does not exist"));
    }

    public java.util.Optional<SiteSeats> site(String code) {
        return facts.site(code);
    }
}
