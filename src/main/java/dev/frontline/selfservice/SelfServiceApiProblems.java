package dev.frontline.selfservice;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 problem details of the self-service API, each naming the field and the rule: bad input 400, a rule that
 * refuses the request 409 (seats taken, the hybrid policy, the balance; the body carries the numbers, e.g. seats and
 * bookings), unknown ids 404, a request no longer pending 409, all in the reader's language. Unknown ids and refusals
 * said in the bundles are answered by {@link dev.frontline.shared.api.LocalizedApiProblems}; an unphrased
 * {@link NoSuchElementException}, {@link IllegalArgumentException} or {@link IllegalStateException} keeps its English
 * message in the log and gets a generic 404, 400 or 409 in the reader's language.
 */
@RestControllerAdvice(basePackages = "dev.frontline.selfservice")
public class SelfServiceApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(SelfServiceApiProblems.class);

    /** The detail in the request's language: the user's chosen language, else Accept-Language. */
    @ExceptionHandler(SelfServiceException.class)
    ProblemDetail refused(SelfServiceException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.isBadInput() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
                e.reason(locale));
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknown(NoSuchElementException e, Locale locale) {
        return notFoundFallback(LOG, e, locale);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e, Locale locale) {
        return refusedFallback(LOG, e, locale);
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e, Locale locale) {
        return conflictFallback(LOG, e, locale);
    }
}
