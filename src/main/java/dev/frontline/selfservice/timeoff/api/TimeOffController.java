package dev.frontline.selfservice.timeoff.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.timeoff.Submitted;
import dev.frontline.selfservice.timeoff.TimeOffBalance;
import dev.frontline.selfservice.timeoff.TimeOffRequest;
import dev.frontline.selfservice.timeoff.TimeOffService;

/** An agent's own time off: requests, their decisions and the balance. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "Time off", description = "Time-off requests with balances and automatic approval by coverage headroom")
class TimeOffController {

    private final TimeOffService timeOff;

    TimeOffController(TimeOffService timeOff) {
        this.timeOff = timeOff;
    }

    record TimeOffBody(LocalDate firstDay, LocalDate lastDay, String kind, String note) {
    }

    @GetMapping("/time-off")
    @Operation(summary = "The agent's requests with decisions and reasons")
    List<TimeOffRequest> mine() {
        return timeOff.mine();
    }

    @PostMapping("/time-off")
    @Operation(summary = "Ask for time off", description = "201: created (approved at once when coverage holds"
            + " without the agent, else pending); 200: the same days were asked already; 409: balance or overlap")
    ResponseEntity<Submitted> request(@RequestBody TimeOffBody body) {
        Submitted submitted = body == null ? timeOff.request(null, null, null, null)
                : timeOff.request(body.firstDay(), body.lastDay(), body.kind(), body.note());
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/v1/me/time-off/" + submitted.request().id())).body(submitted)
                : ResponseEntity.ok(submitted);
    }

    @DeleteMapping("/time-off/{id}")
    @Operation(summary = "Withdraw a pending request")
    ResponseEntity<Void> withdraw(@PathVariable long id) {
        timeOff.withdraw(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/time-off/balances")
    @Operation(summary = "Entitlement, taken and pending days per kind in a calendar year")
    List<TimeOffBalance> balances(@RequestParam int year) {
        return timeOff.myBalances(year);
    }
}
