package dev.frontline.shared.api;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
}
