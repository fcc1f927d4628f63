package dev.frontline.roster.api;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.frontline.jobs.JobRecord;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.StoredActivity;
import dev.frontline.roster.service.StoredShift;
import dev.frontline.shared.text.Phrase;

/**
 * Rosters over REST for planners: a draft for whole weeks, its solve as a background job on whichever node picks
 * it, the roster's state and shifts read from any node, and publishing (a roster that breaks hard rules only with a
 * reason, kept in the audit trail). Errors are RFC 7807 problem details naming the field or rule.
 */
@RestController
@RequestMapping(path = "/api/v1/rosters", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Rosters", description = "Drafts, solves, shifts and publishing of rosters")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class RosterController {

    private final RosterService rosters;
    private final RosterJobs jobs;

    RosterController(RosterService rosters, RosterJobs jobs) {
        this.rosters = rosters;
        this.jobs = jobs;
    }

    /** A new draft: {@code firstDay} (a Monday) and the number of whole weeks from it. */
    record NewDraft(@NotNull @Schema(description = "A Monday, YYYY-MM-DD", example = "2027-01-04") LocalDate firstDay,
            @NotNull @Min(1) @Max(8) @Schema(description = "Whole weeks, 1 to 8", example = "4") Integer weeks) {
    }

    /** Why a roster that breaks hard rules is published anyway; not needed when it breaks none. */
    record Publication(@Size(max = 2000) @Schema(description = "Needed when hard rules are broken; kept in the audit trail")
            String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a roster draft for whole weeks from a Monday",
            description = "Refused (422) when a queue has no requirements for some days of the period; the problem names"
                    + " the queues and days. The answer lists the rules the data make impossible (impossibilities).")
    @ApiResponse(responseCode = "201", description = "The draft, with its location")
    @ApiResponse(responseCode = "400", description = "A field is missing or not a date / whole number",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The period cannot be rostered from the data (the detail says why)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RosterJson> create(@Valid @RequestBody NewDraft draft) {
        RosterVersionSummary created = rosters.createDraft(null, draft.firstDay(),
                draft.firstDay().plusWeeks(draft.weeks()).minusDays(1));
        return ResponseEntity.created(URI.create("/api/v1/rosters/" + created.id())).body(json(created.id()));
    }

    /** A roster version in a list: its period, status and saved score. */
    record RosterListItem(long id, String name, LocalDate firstDay, LocalDate lastDay, String versionStatus, Long hard,
            Long soft, Double undercoverage) {
    }

    @GetMapping
    @Operation(summary = "The roster versions, newest first (read one for its solve state and coverage after breaks)")
    List<RosterListItem> list() {
        return rosters.versions().stream().map(v -> new RosterListItem(v.id(), v.name(), v.firstDay(), v.lastDay(),
                v.status().name(), v.hardScore(), v.softScore(), v.undercoveragePercent())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A roster version: solve state, score, under-coverage before and after breaks, versions used")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    RosterJson roster(@PathVariable long id) {
        return json(id);
    }

    @GetMapping("/{id}/shifts")
    @Operation(summary = "The shifts of a roster version by agent and day, with their breaks")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    List<ShiftJson> shifts(@PathVariable long id) {
        rosters.version(id);
        Map<String, List<StoredActivity>> activities = new HashMap<>();
        rosters.activities(id).forEach(a -> activities.computeIfAbsent(a.agentId() + "#" + a.workDate(),
                k -> new ArrayList<>()).add(a));
        return rosters.shifts(id).stream()
                .map(s -> ShiftJson.of(s, activities.getOrDefault(key(s), List.of())))
                .toList();
    }

    @GetMapping("/{id}/explanation")
    @Operation(summary = "Why the roster scores as it does, as the Roster page's Explanation tab says it: each rule's"
            + " cost, and each broken rule or unmet wish with the agent, the date and the reason in the reader's language")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A filter out of range or naming no rule",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ExplanationJson explanation(@PathVariable long id,
            @Parameter(description = "Only broken hard rules") @RequestParam(defaultValue = "false") boolean hardOnly,
            @Parameter(description = "Only this rule (its engine name, as in rules[].rule)") @RequestParam(required = false) String rule,
            @Parameter(description = "Only this agent (employee number)") @RequestParam(required = false) String agent,
            @Parameter(description = "At most this many reasons, 1 to " + MAX_REASONS) @RequestParam(defaultValue = "500") int limit,
            Locale locale) {
        if (limit < 1 || limit > MAX_REASONS) {
            throw new RosterInputException("limit", Phrase.of("roster.error.explanation-limit", limit, MAX_REASONS));
        }
        LoadedRoster loaded = rosters.load(id);
        RosterExplanation explanation = rosters.explain(loaded);
        if (rule != null && explanation.constraints().stream().noneMatch(c -> c.constraint().equals(rule))) {
            throw new RosterInputException("rule", Phrase.of("roster.error.explanation-rule", rule));
        }
        List<RosterExplanation.Breach> matching = explanation.breaches(rule, agent, null).stream()
                .filter(b -> !hardOnly || b.hard()).toList();
        return ExplanationJson.of(explanation, new PlannerWording(loaded.roster(), locale), loaded.roster().getStartDate(),
                matching, limit, locale);
    }

    /** Enough for every reason of a 4-week, 500-agent roster's hard rules, few enough to answer in one response. */
    static final int MAX_REASONS = 5000;

    private static String key(StoredShift s) {
        return s.agentId() + "#" + s.workDate();
    }

    /** A planner's change of one agent-day: a shift type id (null = day off) and an office site (null = home). */
    record ShiftChange(@Schema(description = "Shift type id, e.g. EARLY-0700-480; null for a day off") String shift,
            @Schema(description = "Site code of the office; null to work from home") String site) {
    }

    /** What a change does: the score before and after, and the hard rules it breaks that held before. */
    record ChangeJson(String scoreBefore, String scoreAfter, List<String> newlyBrokenHardRules, boolean saved) {
    }

    @PutMapping(path = "/{id}/shifts/{agent}/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change one agent-day of a draft (saved pinned), or only check it with check=true",
            description = "Refused (422, field agent, date, shift or site) for an unknown agent, a date outside the"
                    + " roster, an unknown shift type or a place the agent may not work at; 400 for an impossible date.")
    @ApiResponse(responseCode = "422", description = "Unknown agent, shift type or site, or a date outside the roster",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ChangeJson change(@PathVariable long id, @Parameter(description = "Employee number") @PathVariable String agent,
            @Parameter(description = "YYYY-MM-DD") @PathVariable LocalDate date,
            @Parameter(description = "true: only say what it would do") @RequestParam(defaultValue = "false") boolean check,
            @RequestBody ShiftChange change) {
        var result = check ? rosters.checkEdit(id, agent, date, change.shift(), change.site())
                : rosters.saveEdit(id, agent, date, change.shift(), change.site());
        return new ChangeJson(result.before().toString(), result.after().toString(), result.newHardBreaches().stream()
                .map(b -> b.constraint() + ": " + b.why().description()).toList(), !check);
    }

    @PostMapping("/{id}/solve")
    @Operation(summary = "Queue a solve of a draft; any node may run it. Without seconds the preset's time applies",
            description = "Refused (422) while this draft, or another draft sharing its weeks, is being solved.")
    @ApiResponse(responseCode = "202", description = "Queued; follow it with GET /api/v1/rosters/{id}")
    @ApiResponse(responseCode = "422", description = "Not a draft, already solving, or its data cannot be rostered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RosterJson> solve(@PathVariable long id,
            @Parameter(description = "roster-quick, roster-default or roster-long")
            @RequestParam(defaultValue = RosterSolver.DEFAULT) String config,
            @Parameter(description = "Time limit in seconds (default: the preset's)")
            @RequestParam(required = false) @Min(1) @Max(86_400) Integer seconds) {
        jobs.solve(id, config, seconds == null ? null : Duration.ofSeconds(seconds));
        return ResponseEntity.accepted().location(URI.create("/api/v1/rosters/" + id)).body(json(id));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a solve on whichever node runs it; the best roster so far is kept")
    RosterJson stop(@PathVariable long id) {
        jobs.stop(id);
        return json(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a solved draft; agents see it at once",
            description = "A roster that breaks hard rules is refused (422) unless the body gives a reason, which the"
                    + " audit trail keeps. Published versions of overlapping periods are archived.")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "422", description = "Not a solved draft, or hard rules broken and no reason given",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    RosterJson publish(@PathVariable long id, @Valid @RequestBody(required = false) Publication publication) {
        rosters.publish(id, publication == null ? null : publication.reason());
        return json(id);
    }

    private RosterJson json(long id) {
        // the job is read first: a solve saves its final roster before its job is marked done, so a job read as done
        // is always shown with that final roster, never with one saved mid-solve
        Optional<JobRecord> job = jobs.job(id);
        // the job's failure in the request's language (the user's chosen one, else Accept-Language)
        return RosterJson.of(rosters.version(id), rosters.insight(id), job,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
