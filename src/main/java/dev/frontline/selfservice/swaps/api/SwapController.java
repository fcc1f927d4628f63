package dev.frontline.selfservice.swaps.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.swaps.OpenShift;
import dev.frontline.selfservice.swaps.OpenShiftService;
import dev.frontline.selfservice.swaps.ShiftSwap;
import dev.frontline.selfservice.swaps.SwapService;

/**
 * Swaps and open shifts over REST: an agent proposes a swap with a named colleague, answers or withdraws theirs, lists
 * the open shifts and claims one; a planner turns a published roster's gaps into open shifts and decides the swaps
 * that would leave coverage worse. Refusals are problem details naming the field and the rule; refusals and the
 * sentences of refused swaps are in the request's language (the user's chosen language, else Accept-Language).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Swaps and open shifts", description = "Shift swaps between agents and open shifts to claim")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this role, or a swap between other agents",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class SwapController {

    private final SwapService swaps;
    private final OpenShiftService openShifts;

    SwapController(SwapService swaps, OpenShiftService openShifts) {
        this.swaps = swaps;
        this.openShifts = openShifts;
    }

    record NewSwap(@Schema(description = "The colleague's employee number", example = "E00042") String colleague,
            @Schema(description = "The date of my shift I give, YYYY-MM-DD") LocalDate myDate,
            @Schema(description = "The date of the colleague's shift I take in return; leave out to give mine away")
            LocalDate colleagueDate,
            @Schema(description = "A note for the colleague, at most 500 characters") String note) {
    }

    record Answer(@Schema(description = "true = accept, false = decline") boolean accept) {
    }

    record Decision(@Schema(description = "true = approve, false = deny") boolean approve,
            @Schema(description = "Why; needed to deny, the agents read it") String reason) {
    }

    @GetMapping("/me/swaps")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Swaps I proposed or was asked for, newest first")
    List<ShiftSwap> mySwaps(Locale locale) {
        return swaps.mySwaps().stream().map(s -> s.in(locale)).toList();
    }

    @PostMapping(path = "/me/swaps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Propose a swap with a named colleague", description = "Checked at once against every rule for"
            + " both; refused (400) with the field and the rule named, 409 when my shift is already in an open swap")
    @ApiResponse(responseCode = "201", description = "Proposed; the colleague answers")
    ResponseEntity<ShiftSwap> propose(@RequestBody NewSwap body, Locale locale) {
        ShiftSwap swap = swaps.propose(body.colleague(), body.myDate(), body.colleagueDate(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/me/swaps/" + swap.id())).body(swap.in(locale));
    }

    @GetMapping("/me/swaps/{swapId}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "One of my swaps")
    ShiftSwap mySwap(@PathVariable long swapId, Locale locale) {
        return swaps.visibleSwap(swapId).in(locale);
    }

    @PostMapping(path = "/me/swaps/{swapId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Accept or decline a swap proposed to me", description = "On acceptance: APPROVED and written to"
            + " the roster when coverage is not worse, PENDING_PLANNER when it is, REFUSED with the rule when one breaks")
    ShiftSwap answer(@PathVariable long swapId, @RequestBody Answer body, Locale locale) {
        return swaps.respond(swapId, body.accept()).in(locale);
    }

    @PostMapping("/me/swaps/{swapId}/withdrawal")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Withdraw a swap I proposed that nobody has decided yet")
    ShiftSwap withdraw(@PathVariable long swapId, Locale locale) {
        return swaps.withdraw(swapId).in(locale);
    }

    @GetMapping("/me/open-shifts")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Open shifts of the published rosters from tomorrow on")
    List<OpenShift> myOpenShifts() {
        return openShifts.openShifts();
    }

    @PostMapping("/me/open-shifts/{openShiftId}/claim")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Claim an open shift", description = "Exactly one of simultaneous claims succeeds (409 for the"
            + " others); refused (400) with the rule when it breaks one of my contract's rules or needs a skill I lack")
    OpenShift claim(@PathVariable long openShiftId) {
        return openShifts.claim(openShiftId);
    }

    @GetMapping("/swaps/pending")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Swaps that would leave coverage worse, waiting for a planner")
    List<ShiftSwap> pending(Locale locale) {
        return swaps.pendingForPlanner().stream().map(s -> s.in(locale)).toList();
    }

    @PostMapping(path = "/swaps/{swapId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Approve or deny a pending swap", description = "Approval checks the rules again")
    ShiftSwap decide(@PathVariable long swapId, @RequestBody Decision body, Locale locale) {
        return swaps.decideAsPlanner(swapId, body.approve(), body.reason()).in(locale);
    }

    @GetMapping("/open-shifts")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Unclaimed open shifts of the published rosters from tomorrow on")
    List<OpenShift> plannerOpenShifts() {
        return openShifts.openShifts();
    }

    @PostMapping("/rosters/{versionId}/open-shifts")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Turn a published roster's under-covered intervals into open shifts",
            description = "Replaces the version's unclaimed open shifts")
    List<OpenShift> generate(@PathVariable long versionId) {
        return openShifts.generate(versionId);
    }
}
