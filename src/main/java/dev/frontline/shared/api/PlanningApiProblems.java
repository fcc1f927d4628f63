package dev.frontline.shared.api;

import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * RFC 7807 problem details for every error of the planning-loop API (forecast versions, requirement versions,
 * rosters), each naming the field at fault: Spring MVC's own errors (unreadable body, wrong parameter type, missing
 * parameter, unsupported method...) through {@link ResponseEntityExceptionHandler}, unknown ids as 404, and refused
 * values as 400. A controller's own handlers (its feature's input errors) come first.
 */
@RestControllerAdvice(basePackages = {"dev.frontline.forecast.api", "dev.frontline.staffing.api",
        "dev.frontline.roster.api"})
public class PlanningApiProblems extends LocalizedApiProblems {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknown(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
