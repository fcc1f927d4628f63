package dev.frontline.shared.api;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.frontline.shared.text.Phrase;

/**
 * RFC 7807 problem details for every error of the planning-loop API (forecast versions, requirement versions,
 * rosters), in the reader's language and naming the field at fault: Spring MVC's own errors (unreadable body, wrong
 * parameter type, missing parameter, unsupported method...) through {@link ResponseEntityExceptionHandler}, unknown ids
 * as 404 and refused values as 400 ({@link LocalizedApiProblems}). A controller's own handlers (its feature's input
 * errors) come first.
 *
 * <p>An unphrased {@link NoSuchElementException} or {@link IllegalArgumentException} is no refusal the services meant
 * for a reader: its English message stays in the log, and the answer says in the reader's language only that the thing
 * named was not found (404) or that a value was refused (400).
 */
@RestControllerAdvice(basePackages = {"dev.frontline.forecast.api", "dev.frontline.staffing.api",
        "dev.frontline.roster.api"})
public class PlanningApiProblems extends LocalizedApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningApiProblems.class);

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknown(NoSuchElementException e, Locale locale) {
        return notFoundFallback(LOG, e, locale);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e, Locale locale) {
        return refusedFallback(LOG, e, locale);
    }

    /** 404 in the reader's language for a lookup that failed without saying why in the bundles; logs the English. */
    public static ProblemDetail notFoundFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 404 to an unphrased lookup failure: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Phrase.of("rest.problem.not-found").render(locale));
    }

    /** 400 in the reader's language for a refusal that does not say why in the bundles; logs the English. */
    public static ProblemDetail refusedFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 400 to an unphrased refusal: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Phrase.of("rest.problem.refused").render(locale));
    }

    /** 409 in the reader's language for a state conflict that does not say why in the bundles; logs the English. */
    public static ProblemDetail conflictFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 409 to an unphrased state conflict: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Phrase.of("rest.problem.conflict").render(locale));
    }
}
