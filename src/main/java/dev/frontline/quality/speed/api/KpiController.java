package dev.frontline.quality.speed.api;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.quality.speed.Period;
import dev.frontline.quality.speed.SpeedQualityService;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/** Speed against quality per team and agent, for HR and planners; agents are refused with a 403 problem. */
@RestController
@RequestMapping("/api/v1/kpis")
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
@Tag(name = "Speed and quality", description = "AHT against QA, FCR and CSAT per team and agent: weighted figures, "
        + "the team's band (25th–75th percentile), the speed–quality frontier and flags with the numbers behind them")
class KpiController {

    private final SpeedQualityService service;

    KpiController(SpeedQualityService service) {
        this.service = service;
    }

    @GetMapping("/teams")
    @Operation(summary = "Every team's weighted figures over the period, the band of each measure and the agents flagged; "
            + "without from and to: the month of the last recorded day and the two before")
    KpiJson.Teams teams(@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD (at most 731 days after from)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to);
        return KpiJson.teams(period, service.rules(), service.teams(period));
    }

    @GetMapping("/teams/{teamId}/agents")
    @Operation(summary = "A team's agents with their figures, whether they had enough data, the frontier of each quality "
            + "measure and the flags with the numbers behind every flag, and the team's monthly trend")
    KpiJson.TeamAgents teamAgents(@PathVariable long teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return KpiJson.teamAgents(service.team(teamId, period(from, to)));
    }

    @GetMapping("/agents/{employeeNumber}")
    @Operation(summary = "One agent's figures and flags against their team's bands, with both monthly trends")
    KpiJson.AgentDetail agent(@PathVariable String employeeNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return KpiJson.agentDetail(service.agent(employeeNumber, period(from, to)));
    }

    private Period period(LocalDate from, LocalDate to) {
        return periodOf(service, from, to);
    }

    /** The period asked, or the default one; one end alone keeps the default's length. */
    static Period periodOf(SpeedQualityService service, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return service.defaultPeriod();
        }
        if (from == null || to == null) {
            throw new RefusedValueException(from == null ? "from" : "to", Phrase.of("speed.period.both-or-neither"));
        }
        return new Period(from, to);
    }
}
