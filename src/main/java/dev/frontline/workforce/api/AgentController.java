package dev.frontline.workforce.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.workforce.AgentProfile;
import dev.frontline.workforce.AgentSummary;
import dev.frontline.workforce.WorkforceService;

/** Read access to agents. Planners and HR read everyone; an agent reads only their own record. */
@RestController
@RequestMapping("/api/v1")
class AgentController {

    private final WorkforceService workforce;

    AgentController(WorkforceService workforce) {
        this.workforce = workforce;
    }

    @GetMapping("/agents")
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    List<AgentSummary> agents() {
        return workforce.allAgents();
    }

    /** Any signed-in role; the service refuses an agent asking for someone else. */
    @GetMapping("/agents/{id}")
    @PreAuthorize("hasAnyRole('PLANNER', 'HR', 'AGENT')")
    AgentProfile agent(@PathVariable long id) {
        return workforce.agentProfile(id);
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('AGENT')")
    AgentProfile me() {
        return workforce.myProfile();
    }
}
