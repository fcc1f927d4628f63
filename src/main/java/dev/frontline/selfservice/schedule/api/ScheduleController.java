package dev.frontline.selfservice.schedule.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.schedule.ScheduleChange;
import dev.frontline.selfservice.schedule.ScheduleService;
import dev.frontline.selfservice.schedule.ScheduleWeek;
import dev.frontline.selfservice.schedule.ScheduledShift;

/** An agent's own published schedule. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "My schedule", description = "The signed-in agent's published shifts, weeks and changes")
class ScheduleController {

    private final ScheduleService schedule;

    ScheduleController(ScheduleService schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/shifts")
    @Operation(summary = "Published shifts with breaks, lunch and location between two days (at most 93)")
    List<ScheduledShift> shifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedule.myShifts(from, to);
    }

    @GetMapping("/schedule/weeks")
    @Operation(summary = "Weeks with days off, time off, office days and paid hours against the contract")
    List<ScheduleWeek> weeks(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedule.myWeeks(from, to);
    }

    @GetMapping("/schedule/changes")
    @Operation(summary = "Days whose shift changed since the agent last marked the schedule seen (old and new)")
    List<ScheduleChange> changes() {
        return schedule.myChanges();
    }

    @PostMapping("/schedule/seen")
    @Operation(summary = "Mark the coming weeks' schedule as seen")
    ResponseEntity<Void> seen() {
        schedule.markSeen();
        return ResponseEntity.noContent().build();
    }
}
