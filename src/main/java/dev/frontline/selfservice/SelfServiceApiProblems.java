package dev.frontline.selfservice;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 problem details of the self-service API, each naming the field and the rule: bad input 400, a rule that
 * refuses the request 409 (seats taken, the hybrid policy, the balance; the body carries the numbers, e.g. seats and
 * bookings), unknown ids 404, a request no longer pending 409.
 */
@RestControllerAdvice(basePackages = "dev.frontline.selfservice")
public class SelfServiceApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

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
    ProblemDetail unknown(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        String message = String.valueOf(e.getMessage());
        if (message.indexOf(':') > 0 && message.indexOf(':') < 30) {
            problem.setProperty("field", message.substring(0, message.indexOf(':')));
        }
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
