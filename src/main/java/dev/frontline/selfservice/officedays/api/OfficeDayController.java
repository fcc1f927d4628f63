package dev.frontline.selfservice.officedays.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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

import dev.frontline.selfservice.officedays.OfficeDay;
import dev.frontline.selfservice.officedays.OfficeDayService;
import dev.frontline.selfservice.officedays.OfficeWeek;
import dev.frontline.selfservice.officedays.SeatCount;

/** Office days: an agent books and cancels their own; anyone signed in reads a site's seats on a day. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Office days", description = "Office-day bookings under seat caps and the hybrid policy")
class OfficeDayController {

    private final OfficeDayService officeDays;

    OfficeDayController(OfficeDayService officeDays) {
        this.officeDays = officeDays;
    }

    /** The body of a booking. */
    record BookingRequest(LocalDate date, String site) {
    }

    @PostMapping("/me/office-days")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Book an office day", description = "201 with the booking; 200 when the day was booked already;"
            + " 409 when the seats are taken (body: seats, booked), the policy refuses it, or the office is not the agent's")
    ResponseEntity<OfficeDay> book(@RequestBody BookingRequest request) {
        boolean existed = request != null && request.date() != null
                && !officeDays.myBookings(request.date(), request.date()).isEmpty();
        OfficeDay booking = officeDays.book(request == null ? null : request.date(), request == null ? null : request.site());
        return existed ? ResponseEntity.ok(booking)
                : ResponseEntity.created(URI.create("/api/v1/me/office-days/" + booking.date())).body(booking);
    }

    @DeleteMapping("/me/office-days/{date}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Cancel an office day", description = "409 when the week would keep fewer office days than the contract asks")
    ResponseEntity<Void> cancel(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        officeDays.cancel(date);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/office-days")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The agent's booked office days between two days")
    List<OfficeDay> mine(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return officeDays.myBookings(from, to);
    }

    @GetMapping("/me/office-week")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The week holding a day: seats per day, the agent's bookings, anchor day and minimum")
    OfficeWeek week(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return officeDays.myWeek(day);
    }

    @GetMapping("/seats")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Seats and bookings of a site on a day", description = "{\"seats\":n,\"booked\":m}; any signed-in role")
    SeatCount seats(@RequestParam String site, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return officeDays.seats(site, date);
    }
}
