package dev.frontline.selfservice.inbox.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vaadin.flow.i18n.I18NProvider;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.inbox.CoverageImpact;
import dev.frontline.selfservice.inbox.Decision;
import dev.frontline.selfservice.inbox.InboxService;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.shared.text.Phrase;

/** The planner's inbox of agent requests. */
@RestController
@RequestMapping("/api/v1/inbox")
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Inbox", description = "Pending agent requests with their coverage impact; approve or deny, one or many")
class InboxController {

    private final InboxService inbox;
    private final I18NProvider translations;

    InboxController(InboxService inbox, I18NProvider translations) {
        this.inbox = inbox;
        this.translations = translations;
    }

    record PendingJson(String reference, String kind, long id, long agentId, String employeeNumber, String agentName,
            String teamName, LocalDate firstDay, LocalDate lastDay, String summary, OffsetDateTime requestedAt,
            CoverageImpact impact, boolean keepsCoverage, double addedUnmetHours) {
    }

    record DecisionBody(List<String> requests, Decision decision, String reason) {
    }

    /** One request's outcome: {@code error} null when it was decided, else why not, in the reader's language. */
    record OutcomeJson(String reference, Decision decision, String error) {
    }

    @GetMapping
    @Operation(summary = "Every pending request, oldest first, with its coverage impact")
    List<PendingJson> pending(Locale locale) {
        return inbox.pending().stream().map(p -> new PendingJson(p.reference(), p.kind(), p.id(), p.agentId(),
                p.employeeNumber(), p.agentName(), p.teamName(), p.firstDay(), p.lastDay(),
                translations.getTranslation(p.summaryKey(), locale, p.summaryArgs().toArray()), p.requestedAt(),
                p.impact(), p.impact().keepsCoverage(), p.impact().addedUnmetHours())).toList();
    }

    @PostMapping("/decisions")
    @Operation(summary = "Approve or deny requests (by reference, e.g. TIME_OFF-42) with one reason; a denial needs one",
            description = "Each request is decided on its own: the answer says, per request, whether it was decided or why not")
    List<OutcomeJson> decide(@RequestBody DecisionBody body, Locale locale) {
        if (body == null) {
            throw SelfServiceException.badInput("body", "BODY", Phrase.of("selfservice.inbox.refused.body"));
        }
        // why a request was not decided, in the request's language (the user's chosen one, else Accept-Language)
        return inbox.decideAll(body.requests(), body.decision(), body.reason()).stream()
                .map(o -> new OutcomeJson(o.reference(), o.decision(), o.error(locale))).toList();
    }
}
