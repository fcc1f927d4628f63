package dev.frontline.training.api;

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

import dev.frontline.training.TrainingException;

/**
 * RFC 7807 problems of the training API: bad input 400, a rule of the stored data (a prerequisite missing or in a
 * cycle, an exit, a shift too short, a stale edit) 409, an unknown code or id 404. Each names the field and the rule
 * of the first refusal and lists all of them under {@code refusals}.
 */
@RestControllerAdvice(basePackages = "dev.frontline.training.api")
class TrainingApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    record RefusalBody(String field, String rule, String message) {
    }

    @ExceptionHandler(TrainingException.class)
    ProblemDetail refused(TrainingException e) {
        HttpStatus status = switch (e.kind()) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Training rule refused the request");
        if (!e.refusals().isEmpty()) {
            problem.setProperty("field", e.refusals().getFirst().field());
            problem.setProperty("rule", e.refusals().getFirst().code());
        }
        problem.setProperty("refusals", e.refusals().stream()
                .map(r -> new RefusalBody(r.field(), r.code(), r.english())).toList());
        return problem;
    }
}
