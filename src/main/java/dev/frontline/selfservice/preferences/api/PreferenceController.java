package dev.frontline.selfservice.preferences.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

import com.vaadin.flow.i18n.I18NProvider;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.db.enums.WishKind;
import dev.frontline.selfservice.preferences.MyWishes;
import dev.frontline.selfservice.preferences.PreferenceService;
import dev.frontline.selfservice.preferences.PreferenceWindow;
import dev.frontline.selfservice.preferences.ReasonWording;
import dev.frontline.selfservice.preferences.Wish;
import dev.frontline.selfservice.preferences.WishDraft;
import dev.frontline.selfservice.preferences.WishOutcome;
import dev.frontline.selfservice.preferences.WindowSummary;

/**
 * Preference windows over REST: agents read the open windows and state, list and withdraw their own wishes, with
 * what the roster made of each (in the language of {@code Accept-Language}); planners open windows, compare a roster
 * with the wishes and read the share honoured per team and its fairness.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Preferences", description = "Preference windows and agents' wishes with their outcomes")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this role, or another agent's wish",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class PreferenceController {

    private final PreferenceService preferences;
    private final I18NProvider i18n;

    PreferenceController(PreferenceService preferences, I18NProvider i18n) {
        this.preferences = preferences;
        this.i18n = i18n;
    }

    record NewWindow(@Schema(description = "First day, YYYY-MM-DD, in the future") LocalDate firstDay,
            @Schema(description = "Last day, at most 8 weeks after the first") LocalDate lastDay,
            @Schema(description = "Until when agents may state wishes, before the first day") OffsetDateTime deadline,
            @Schema(description = "Priority points per agent, 10 to 1000; default 100") Integer priorityBudget) {
    }

    record NewWish(@Schema(description = "START, DAY_OFF, DAY_ON, HOME or OFFICE") WishKind kind,
            @Schema(description = "A weekday of the window (MONDAY...), or leave out and give a date") DayOfWeek weekday,
            @Schema(description = "One date of the window, YYYY-MM-DD (any kind, home and office too)") LocalDate date,
            @Schema(description = "START only: earliest start wanted, HH:mm") LocalTime earliestStart,
            @Schema(description = "START only: latest start wanted, HH:mm") LocalTime latestStart,
            @Schema(description = "Points from the window's budget, at least 1") Integer priority) {
    }

    record OutcomeJson(LocalDate date, boolean honoured, String reasonCode, List<String> reasonArgs, String reason) {
    }

    record WishJson(long id, WishKind kind, DayOfWeek weekday, LocalDate date, LocalTime earliestStart,
            LocalTime latestStart, int priority, List<OutcomeJson> outcomes) {
    }

    record MyWishesJson(PreferenceWindow window, boolean open, int priorityUsed, int priorityLeft, List<WishJson> wishes,
            DayOfWeek teamOfficeDay, int minOfficeDaysPerWeek) {
    }

    @GetMapping("/me/preference-windows")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The preference windows whose period has not ended")
    List<PreferenceWindow> myWindows() {
        return preferences.currentWindows();
    }

    @GetMapping("/me/preference-windows/{windowId}/wishes")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "My wishes in the window, my points left, and per wished date whether the roster honoured it")
    MyWishesJson myWishes(@PathVariable long windowId, Locale locale) {
        return json(preferences.myWishes(windowId), locale);
    }

    @PostMapping(path = "/me/preference-windows/{windowId}/wishes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "State a wish", description = "Refused (400) with the field and rule when the window has closed,"
            + " the day is outside it or past, the start range is missing, an office is not open to you, or the priority"
            + " overspends the budget; 409 when the same wish exists (nothing stored twice)")
    @ApiResponse(responseCode = "201", description = "Stored")
    ResponseEntity<WishJson> addWish(@PathVariable long windowId, @RequestBody NewWish body) {
        Wish wish = preferences.addMyWish(windowId, new WishDraft(body.kind(), body.weekday(), body.date(),
                body.earliestStart(), body.latestStart(), body.priority()));
        return ResponseEntity.created(URI.create("/api/v1/me/wishes/" + wish.id())).body(json(wish, List.of(), Locale.ENGLISH));
    }

    @DeleteMapping("/me/wishes/{wishId}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Withdraw one of my wishes while the window is open")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    ResponseEntity<Void> withdraw(@PathVariable long wishId) {
        preferences.withdrawMyWish(wishId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/preference-windows", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Open a preference window for a future period")
    @ApiResponse(responseCode = "201", description = "Opened")
    ResponseEntity<PreferenceWindow> open(@RequestBody NewWindow body) {
        PreferenceWindow window = preferences.openWindow(body.firstDay(), body.lastDay(), body.deadline(), body.priorityBudget());
        return ResponseEntity.created(URI.create("/api/v1/preference-windows/" + window.id())).body(window);
    }

    @GetMapping("/preference-windows")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Windows whose period has not ended")
    List<PreferenceWindow> windows() {
        return preferences.currentWindows();
    }

    @GetMapping("/preference-windows/{windowId}/summary")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Share of wished dates honoured per team and overall, with the Gini coefficient of agents' shares")
    WindowSummary summary(@PathVariable long windowId) {
        return preferences.summary(windowId);
    }

    @PostMapping("/preference-windows/{windowId}/evaluation")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Compare a roster version with the window's wishes",
            description = "Without rosterVersionId: the newest published version over the period, else the newest solved draft")
    WindowSummary evaluate(@PathVariable long windowId, @RequestParam(required = false) Long rosterVersionId) {
        return preferences.evaluate(windowId, rosterVersionId);
    }

    private MyWishesJson json(MyWishes mine, Locale locale) {
        Map<Long, List<WishOutcome>> outcomes = mine.outcomes().stream()
                .collect(Collectors.groupingBy(WishOutcome::wishId));
        return new MyWishesJson(mine.window(), mine.open(), mine.priorityUsed(), mine.priorityLeft(),
                mine.wishes().stream().map(w -> json(w, outcomes.getOrDefault(w.id(), List.of()), locale)).toList(),
                mine.teamOfficeDay(), mine.minOfficeDaysPerWeek());
    }

    private WishJson json(Wish wish, List<WishOutcome> outcomes, Locale locale) {
        return new WishJson(wish.id(), wish.kind(), wish.weekday(), wish.onDate(), wish.earliestStart(), wish.latestStart(),
                wish.priority(), outcomes.stream().map(o -> new OutcomeJson(o.date(), o.honoured(), o.reasonCode(),
                        o.reasonArgs(), ReasonWording.sentence(i18n, locale, o))).toList());
    }
}
