package dev.frontline.roster.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

import dev.frontline.roster.service.RosterTrainingSession;
import dev.frontline.roster.service.RosterTrainingSessions;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/** The training sessions the rosters place, for HR and planners. */
@RestController
@RequestMapping(path = "/api/v1/training/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
@Tag(name = "Training sessions", description = "Training sessions placed into rosters: when, where, who, and what "
        + "taking the people off the phones costs in coverage")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Neither HR nor a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class TrainingSessionController {

    private final RosterTrainingSessions sessions;

    TrainingSessionController(RosterTrainingSessions sessions) {
        this.sessions = sessions;
    }

    /** A session: times on the centre's clock; site null = virtual; date and times null when a draft left it out. */
    record SessionJson(long rosterVersionId, String courseCode, String courseName, int sessionNumber,
            int sessionCount, LocalDate date, LocalTime start, LocalTime end, String siteCode, String siteName,
            boolean virtual, String trainer, List<AttendeeJson> attendees, int offThePhones,
            @Schema(description = "Under-coverage after breaks (agent-hours) the roster has with the session, less what "
                    + "it would have with the session's people on the phones") double coverageCostAgentHours) {

        static SessionJson of(RosterTrainingSession s) {
            return new SessionJson(s.rosterVersionId(), s.courseCode(), s.courseName(), s.sessionNumber(),
                    s.sessionCount(), s.date(), s.start(), s.end(), s.siteCode(), s.siteName(), s.virtual(),
                    s.trainerName(), s.attendees().stream().map(p -> new AttendeeJson(p.employeeNumber(), p.name()))
                            .toList(), s.offThePhones(), Math.round(s.coverageCostAgentHours() * 100) / 100.0);
        }
    }

    record AttendeeJson(String employeeNumber, String name) {
    }

    @GetMapping
    @Operation(summary = "Training sessions of the published rosters between two days, or of one roster version",
            description = "With rosterVersionId: every session of that version (a draft too), those it has not placed "
                    + "last with no date; from and to then narrow it to the days between them when given.")
    @ApiResponse(responseCode = "200", description = "The sessions by start")
    @ApiResponse(responseCode = "400", description = "A day is missing or not a date, or to is before from (the field "
            + "is named)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such roster version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    List<SessionJson> sessions(
            @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "A roster version (e.g. a draft) instead of the published rosters")
            @RequestParam(required = false) Long rosterVersionId) {
        if (rosterVersionId != null) {
            if (from != null && to != null && from.isAfter(to)) {
                throw new RefusedValueException("to", Phrase.of("roster.training.error.to-before-from", to, from));
            }
            return sessions.ofVersion(rosterVersionId).stream()
                    .filter(s -> from == null || (s.placed() && !s.date().isBefore(from)) || !s.placed())
                    .filter(s -> to == null || (s.placed() && !s.date().isAfter(to)) || !s.placed())
                    .map(SessionJson::of).toList();
        }
        if (from == null) {
            throw new RefusedValueException("from", Phrase.of("roster.training.error.day-missing"));
        }
        if (to == null) {
            throw new RefusedValueException("to", Phrase.of("roster.training.error.day-missing"));
        }
        return sessions.published(from, to).stream().map(SessionJson::of).toList();
    }
}
