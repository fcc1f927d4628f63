package dev.frontline.selfservice.bidding.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.roster.service.RosterInputException;
import dev.frontline.selfservice.bidding.AllocationReview;
import dev.frontline.selfservice.bidding.BidAward;
import dev.frontline.selfservice.bidding.BidLine;
import dev.frontline.selfservice.bidding.BidPreview;
import dev.frontline.selfservice.bidding.BidRefusedException;
import dev.frontline.selfservice.bidding.BidRound;
import dev.frontline.selfservice.bidding.BidService;
import dev.frontline.selfservice.bidding.MyBidRound;
import dev.frontline.selfservice.bidding.engine.Precedence;
import dev.frontline.shared.api.PlanningApiProblems;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Shift choice with stated precedence (line bidding) over REST. Planners make a round from a solved draft, read its
 * lines, allocate and apply; agents read the open round with their place, rank the lines they may work and read their
 * award. Refusals are problem details naming the field and the rule; an agent never sees another agent's ranking,
 * place or award (403 for a round they are not in).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shift bidding", description = "Bid rounds: shift lines ranked by agents and allocated in a stated precedence")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this role, or a round the agent is not in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class BidController {

    private final BidService bids;

    BidController(BidService bids) {
        this.bids = bids;
    }

    record NewRound(@Schema(description = "The solved, unpublished roster version whose schedules become the lines")
            Long rosterVersionId,
            @Schema(description = "Who chooses first") Precedence precedence,
            @Schema(description = "Rankings close then; in the future and before the period starts",
                    example = "2027-01-01T17:00:00+03:00") OffsetDateTime deadline,
            @Schema(description = "SEEDED_LOTTERY only: the seed (a random one when left out)") Long seed) {
    }

    /** A round with its lines and how many agents have ranked so far. */
    record RoundDetail(BidRound round, List<BidLine> lines, int agentsRanked) {
    }

    record Ranking(@Schema(description = "Line ids, most wanted first; an empty list ranks none") List<Long> lineIds) {
    }

    @PostMapping(path = "/bid-rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Make a bid round from a solved draft and open it to its agents",
            description = "Each agent's schedule becomes an anonymous line (identical ones merged with a count). Refused"
                    + " (400) for a published version (ROSTER_PUBLISHED), an unsolved one, a deadline in the past"
                    + " (DEADLINE_PAST) or after the period starts; 409 when the version has a round not yet applied."
                    + " Agents who have not ranked are reminded frontline.selfservice.reminder-hours (24) before the"
                    + " deadline, and the round is allocated at the deadline unless the planner allocated it before")
    @ApiResponse(responseCode = "201", description = "Made and open")
    ResponseEntity<RoundDetail> create(@RequestBody NewRound body) {
        if (body.rosterVersionId() == null) {
            throw new BidRefusedException("rosterVersionId", "REQUIRED", "the roster version is missing");
        }
        BidRound round = bids.createRound(body.rosterVersionId(), body.precedence(), body.deadline(), body.seed());
        return ResponseEntity.created(URI.create("/api/v1/bid-rounds/" + round.id())).body(detail(round.id()));
    }

    @GetMapping("/bid-rounds/preview")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "The lines a round would offer from a solved draft, before opening it",
            description = "Nothing is stored and no agent is told: how many agents would bid, and per line its shifts,"
                    + " copies and how many agents could rank it. Refused (400) for a published, archived or unsolved"
                    + " version")
    BidPreview preview(@RequestParam long rosterVersionId) {
        return bids.preview(rosterVersionId);
    }

    @GetMapping("/bid-rounds")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Bid rounds, newest first")
    List<BidRound> rounds() {
        return bids.rounds();
    }

    @GetMapping("/bid-rounds/{roundId}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "A round with its lines, their copies, queues, contracts and shifts")
    RoundDetail round(@PathVariable long roundId) {
        return detail(roundId);
    }

    private RoundDetail detail(long roundId) {
        return new RoundDetail(bids.round(roundId), bids.lines(roundId), bids.rankedCount(roundId));
    }

    @PostMapping("/bid-rounds/{roundId}/allocation")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Allocate the lines in precedence order", description = "After the deadline or early; may run"
            + " again until applied. Returns every award with its rank and reason, the share of first choices and per team")
    AllocationReview allocate(@PathVariable long roundId) {
        return bids.allocate(roundId);
    }

    @GetMapping("/bid-rounds/{roundId}/allocation")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "The awards of an allocated or applied round")
    AllocationReview review(@PathVariable long roundId) {
        return bids.review(roundId);
    }

    @PostMapping("/bid-rounds/{roundId}/apply")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Write the awards as a new draft roster version", description = "Each line's shifts go to the"
            + " agent awarded it; publish the new version the normal way. Agents are told their line and rank")
    BidRound apply(@PathVariable long roundId) {
        return bids.apply(roundId);
    }

    @GetMapping("/me/bid-rounds/current")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "My newest bid round: the rule, my place, the lines I may rank and my ranking",
            description = "404 when I take part in no round")
    MyBidRound myCurrent() {
        return bids.myCurrentRound().orElseThrow(() -> new UnknownEntityException(null,
                Phrase.of("rest.unknown.no-current-bid-round")));
    }

    @PutMapping(path = "/me/bid-rounds/{roundId}/ranking", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Replace my ranking", description = "Refused (400) with the field and rule for a line I may not"
            + " work (NOT_ELIGIBLE), a line twice (DUPLICATE_LINE), an unknown line, or after the deadline"
            + " (DEADLINE_PASSED)")
    MyBidRound rank(@PathVariable long roundId, @RequestBody Ranking body) {
        return bids.saveRanking(roundId, body.lineIds());
    }

    @GetMapping("/me/bid-rounds/{roundId}/award")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "My award: the line and the rank it had in my ranking", description = "404 until the planner"
            + " applies the allocation")
    BidAward myAward(@PathVariable long roundId) {
        return bids.myAward(roundId).orElseThrow(() -> new UnknownEntityException("roundId",
                Phrase.of("rest.unknown.bid-award", String.valueOf(roundId))));
    }
}

/** Problem details of the bidding endpoints: a refusal names the field and the rule (400, or 409 on a collision). */
@RestControllerAdvice(assignableTypes = BidController.class)
class BidApiProblems extends PlanningApiProblems {

    @ExceptionHandler(BidRefusedException.class)
    ProblemDetail refused(BidRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                Phrase.of("rest.problem.invalid-field", e.field(), e.reason()).render(locale));
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(RosterInputException.class)
    ProblemDetail refusedRoster(RosterInputException e, java.util.Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.reason(locale));
    }
}
