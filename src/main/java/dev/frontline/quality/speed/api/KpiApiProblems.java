package dev.frontline.quality.speed.api;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 problems of the KPI API, each naming the field: a bad period 400, an unknown team or agent 404, a day that
 * is not YYYY-MM-DD 400. Refusals by role (403) come from the security layer's problem writer.
 */
@RestControllerAdvice(basePackageClasses = KpiController.class)
class KpiApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return withFieldOf(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknown(NoSuchElementException e) {
        return withFieldOf(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()), e.getMessage());
    }

    private static ProblemDetail withFieldOf(ProblemDetail problem, String message) {
        if (message != null && message.indexOf(':') > 0 && message.indexOf(':') < 30) {
            problem.setProperty("field", message.substring(0, message.indexOf(':')));
        }
        return problem;
    }
}
