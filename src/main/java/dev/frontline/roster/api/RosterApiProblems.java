package dev.frontline.roster.api;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.frontline.roster.service.RosterInputException;

/** RFC 7807 problems of the roster API: a refused input 422 naming its {@code field} where there is one. */
@RestControllerAdvice(assignableTypes = {RosterController.class, RosterCoverageController.class,
        TrainingSessionController.class})
class RosterApiProblems {

    /** The detail in the request's language (the user's chosen one, else Accept-Language), the field at fault named. */
    @ExceptionHandler(RosterInputException.class)
    ProblemDetail refused(RosterInputException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.reason(locale));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}
