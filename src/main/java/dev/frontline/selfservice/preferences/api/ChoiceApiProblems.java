package dev.frontline.selfservice.preferences.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.frontline.roster.service.RosterInputException;
import dev.frontline.selfservice.preferences.WishRefusedException;
import dev.frontline.selfservice.swaps.SwapRefusedException;
import dev.frontline.shared.api.PlanningApiProblems;

/**
 * RFC 7807 problem details for the agents' choice endpoints (wishes, swaps, open shifts): a refused request names the
 * field and rule (400, or 409 when it repeats or collides with what exists), and the planning API's handling of
 * unknown ids, unreadable bodies and wrong parameter types.
 */
@RestControllerAdvice(basePackages = {"dev.frontline.selfservice.preferences.api", "dev.frontline.selfservice.swaps.api"})
class ChoiceApiProblems extends PlanningApiProblems {

    /** The detail in the request's language: the user's chosen language, else Accept-Language. */
    @ExceptionHandler(WishRefusedException.class)
    ProblemDetail refusedWish(WishRefusedException e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.reason(locale));
        problem.setProperty("field", e.field());
        return problem;
    }

    /** The detail in the request's language: the user's chosen language, else Accept-Language. */
    @ExceptionHandler(SwapRefusedException.class)
    ProblemDetail refusedChange(SwapRefusedException e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.reason(locale));
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(RosterInputException.class)
    ProblemDetail refusedRoster(RosterInputException e, java.util.Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.reason(locale));
    }
}
