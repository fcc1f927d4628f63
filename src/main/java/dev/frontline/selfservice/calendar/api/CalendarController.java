package dev.frontline.selfservice.calendar.api;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.calendar.CalendarFeedStatus;
import dev.frontline.selfservice.calendar.CalendarService;

/**
 * The agent's schedule as iCalendar: with credentials at {@code /api/v1/me/calendar.ics}, and without at the
 * personal secret address {@code /calendar/{secret}.ics} that calendar apps subscribe to.
 */
@RestController
@Tag(name = "Calendar", description = "The agent's published schedule as an iCalendar (RFC 5545) feed")
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/v1/me/calendar.ics")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The signed-in agent's schedule as iCalendar")
    ResponseEntity<String> mine(Locale locale) {
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.myCalendar(locale, host()));
    }

    @GetMapping("/api/v1/me/calendar-feed")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Whether the agent has a personal feed address (the address itself is shown only when made)")
    CalendarFeedStatus feed() {
        return calendars.myFeed();
    }

    @PostMapping("/api/v1/me/calendar-feed")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Make a new secret feed address (any earlier one stops working); shown once")
    CalendarFeedStatus regenerate() {
        return calendars.regenerate(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    @DeleteMapping("/api/v1/me/calendar-feed")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Revoke the feed address")
    ResponseEntity<Void> revoke() {
        calendars.revoke();
        return ResponseEntity.noContent().build();
    }

    /** For calendar apps: no credentials, the secret is the credential; an unknown or revoked one answers 404. */
    @GetMapping(CalendarService.FEED_PATH + "{secret}.ics")
    @Operation(summary = "A personal calendar feed by its secret address")
    ResponseEntity<String> byFeedSecret(@PathVariable String secret, Locale locale) {
        return calendars.feed(secret, locale, host())
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).body(body))
                .orElse(ResponseEntity.notFound().build());
    }

    private static String host() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
    }
}
