package dev.frontline.roster.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.service.ConstraintWeight;
import dev.frontline.roster.service.CoverageGrid;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterService;
import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/**
 * What the Roster page's coverage tab, edit dialog and weights page show, over REST for planners: coverage per queue
 * and 15-minute interval after breaks, one interval explained (who works it and how cross-skilled agents were
 * allocated), "who could take this gap?", the shifts the solver would give an agent's free day, and the soft rules'
 * weights. Texts are in the reader's language and the planner's words; refusals are RFC 7807 naming the field.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Roster coverage", description = "Coverage after breaks, intervals explained, gap candidates and rule weights")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422", description = "A queue, date or time outside the roster, or a bad weight, named in `field`",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class RosterCoverageController {

    private final RosterService rosters;

    RosterCoverageController(RosterService rosters) {
        this.rosters = rosters;
    }

    /** One queue's 15-minute interval: agents required and scheduled after breaks (allocated, at proficiency). */
    record CellJson(String queue, LocalDate date, String time, double required, double scheduled, double gap) {
    }

    /** An agent at work in the interval and the part of an agent it gives the queue (0 on a break). */
    record AgentShareJson(String employeeNumber, String name, String shift, double share, boolean onBreak,
            String trainingCourse) {
    }

    /** One interval explained as the coverage tab explains it. */
    record IntervalJson(String queue, String queueName, LocalDate date, String time, double required, double scheduled,
            double shortfall, double surplus, String penalty, List<String> allocation, List<AgentShareJson> agents) {
    }

    /** Another agent who could take the interval: the shift and place the solver would give them, the score change. */
    record CandidateJson(String employeeNumber, String name, double proficiency, String shift, String place,
            String scoreChange) {
    }

    /** A shift (and place) the solver would give the agent's free day, with what it changes in the score. */
    record RecommendationJson(String shift, String place, String scoreChange) {
    }

    /** A soft rule's weight: the default and the planner's override (null: the default applies). */
    record WeightJson(String rule, String name, long defaultWeight, Long weight, long effective, String updatedBy) {

        static WeightJson of(ConstraintWeight w, Locale locale) {
            return new WeightJson(w.constraintName(), PlannerWording.rule(w.constraintName(), locale), w.defaultWeight(),
                    w.weight(), w.effective(), w.updatedBy());
        }
    }

    @GetMapping("/api/v1/rosters/{id}/coverage")
    @Operation(summary = "Agents required and scheduled after breaks per 15-minute interval of one queue (one day or all)")
    List<CellJson> coverage(@PathVariable long id, @Parameter(description = "Queue code") @RequestParam String queue,
            @Parameter(description = "Only this day, YYYY-MM-DD") @RequestParam(required = false) LocalDate date) {
        LoadedRoster loaded = rosters.load(id);
        requireQueue(loaded, queue);
        if (date != null) {
            requireDay(loaded, date, "date");
        }
        LocalDate first = loaded.scenario().firstDay();
        return CoverageGrid.of(loaded.roster()).of(queue).stream()
                .filter(c -> date == null || first.plusDays(c.day()).equals(date))
                .map(c -> new CellJson(queue, first.plusDays(c.day()), PlannerWording.clock(c.minuteOfDay()),
                        c.required(), c.scheduled(), c.gap()))
                .toList();
    }

    @GetMapping("/api/v1/rosters/{id}/coverage/{queue}/{date}/{time}")
    @Operation(summary = "One interval explained: required, scheduled, shortfall, the agents at work and how cross-skilled"
            + " agents were allocated; 404 when the queue requires nobody then")
    IntervalJson interval(@PathVariable long id, @PathVariable String queue, @PathVariable LocalDate date,
            @PathVariable String time, Locale locale) {
        LoadedRoster loaded = rosters.load(id);
        requireQueue(loaded, queue);
        int minute = minuteOfDay(time);
        PlannerWording wording = new PlannerWording(loaded.roster(), locale);
        return rosters.intervalDetail(loaded, queue, date, minute)
                .map(d -> intervalJson(d, wording, date, locale))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, Messages.format(locale, "roster.interval.none", wording.queue(queue),
                                wording.date(date), PlannerWording.clock(minute))), null));
    }

    private static IntervalJson intervalJson(RosterExplainer.IntervalDetail d, PlannerWording wording, LocalDate date,
            Locale locale) {
        return new IntervalJson(d.queueId(), wording.queue(d.queueId()), date, PlannerWording.clock(d.minuteOfDay()),
                d.required(), d.scheduled(), d.shortfall(), d.surplus(), PlannerWording.score(d.penalty(), locale),
                d.allocation().stream().map(wording::allocation).toList(),
                d.agents().stream().map(a -> new AgentShareJson(a.agentId(), a.name(), wording.shift(a.shiftTypeId()),
                        a.share(), a.onBreak(), a.trainingCourse())).toList());
    }

    @GetMapping("/api/v1/rosters/{id}/coverage/{queue}/{date}/{time}/candidates")
    @Operation(summary = "Who could take this gap: other agents free that day and skilled for the queue, each with the"
            + " shift and place covering the interval and the score change, best first")
    List<CandidateJson> candidates(@PathVariable long id, @PathVariable String queue, @PathVariable LocalDate date,
            @PathVariable String time, Locale locale) {
        LoadedRoster loaded = rosters.load(id);
        PlannerWording wording = new PlannerWording(loaded.roster(), locale);
        return rosters.gapCandidates(loaded, queue, date, minuteOfDay(time)).stream()
                .map(c -> new CandidateJson(c.agentId(), c.agentName(), c.proficiency(), wording.shift(c.shiftTypeId()),
                        place(wording, c.location()), PlannerWording.change(c.scoreChange(), locale)))
                .toList();
    }

    @GetMapping("/api/v1/rosters/{id}/shifts/{agent}/{date}/recommendations")
    @Operation(summary = "The shifts and places the solver would give the agent on that day, best first, each with what"
            + " it changes in the score against the day off")
    List<RecommendationJson> recommendations(@PathVariable long id, @PathVariable String agent,
            @PathVariable LocalDate date, Locale locale) {
        LoadedRoster loaded = rosters.load(id);
        PlannerWording wording = new PlannerWording(loaded.roster(), locale);
        return rosters.recommend(loaded, agent, date).stream()
                .map(r -> new RecommendationJson(wording.shift(r.shiftTypeId()), place(wording, r.location()),
                        PlannerWording.change(r.scoreChange(), locale)))
                .toList();
    }

    @GetMapping("/api/v1/roster-weights")
    @Operation(summary = "Every soft rule with its default weight and the planner's override")
    List<WeightJson> weights(Locale locale) {
        return rosters.weights().stream().map(w -> WeightJson.of(w, locale)).toList();
    }

    @PutMapping(path = "/api/v1/roster-weights", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change soft rules' weights (rule name → weight; null: back to the default), all or nothing and"
            + " audited; they apply to rosters solved from now on")
    List<WeightJson> saveWeights(@RequestBody Map<String, Long> changes, Locale locale) {
        return rosters.saveWeights(changes).stream().map(w -> WeightJson.of(w, locale)).toList();
    }

    /** The location label of the engine ("HOME" or "OFFICE@IST") in words. */
    private static String place(PlannerWording wording, String location) {
        return location == null || !location.startsWith("OFFICE@") ? wording.place(null)
                : wording.office(location.substring("OFFICE@".length()));
    }

    private static void requireQueue(LoadedRoster loaded, String queue) {
        if (loaded.roster().getQueues().stream().noneMatch(q -> q.id().equals(queue))) {
            throw new RosterInputException("queue", Phrase.of("roster.error.queue", queue));
        }
    }

    private static void requireDay(LoadedRoster loaded, LocalDate date, String field) {
        if (date.isBefore(loaded.scenario().firstDay()) || date.isAfter(loaded.scenario().lastDay())) {
            throw new RosterInputException(field, Phrase.of("roster.error.outside", date, loaded.version().name(),
                    loaded.version().firstDay(), loaded.version().lastDay()));
        }
    }

    /** "HH:mm" on the 15-minute grid, as the coverage grid lists the intervals. */
    private static int minuteOfDay(String time) {
        try {
            LocalTime t = LocalTime.parse(time);
            int minute = t.getHour() * 60 + t.getMinute();
            if (t.getSecond() == 0 && minute % DemandIndex.INTERVAL_MINUTES == 0) {
                return minute;
            }
        } catch (DateTimeParseException e) {
            // refused below like a time off the grid
        }
        throw new RosterInputException("time", Phrase.of("roster.error.interval-time", time, DemandIndex.INTERVAL_MINUTES));
    }
}
