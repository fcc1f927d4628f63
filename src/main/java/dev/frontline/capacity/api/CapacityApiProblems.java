package dev.frontline.capacity.api;

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

import dev.frontline.capacity.CapacityRefusal;

/**
 * RFC 7807 problems of the capacity API: a refused input 400 naming its {@code field} (an unknown plan or scenario
 * 404, an edit of a version changed meanwhile 409).
 */
@RestControllerAdvice(basePackages = "dev.frontline.capacity.api")
class CapacityApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    /** The detail in the request's language: the user's chosen language, else Accept-Language. */
    @ExceptionHandler(CapacityRefusal.class)
    ProblemDetail refused(CapacityRefusal e, java.util.Locale locale) {
        HttpStatus status = switch (e.phrase().key()) {
            case "capacity.error.no-plan", "capacity.error.no-scenario", "capacity.error.no-class" -> HttpStatus.NOT_FOUND;
            case "capacity.error.stale" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.phrase().render(locale));
        problem.setTitle("Capacity plan refused the request");
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.phrase().key());
        return problem;
    }
}
