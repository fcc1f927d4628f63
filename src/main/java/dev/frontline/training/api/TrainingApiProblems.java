package dev.frontline.training.api;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.frontline.shared.text.Phrase;
import dev.frontline.training.TrainingException;

/**
 * RFC 7807 problems of the training API in the reader's language: bad input 400, a rule of the stored data (a
 * prerequisite missing or in a cycle, an exit, a shift too short, a stale edit) 409, an unknown code or id 404. Each
 * names the field and the rule of the first refusal and lists all of them under {@code refusals}.
 */
@RestControllerAdvice(basePackages = "dev.frontline.training.api")
class TrainingApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    record RefusalBody(String field, String rule, String message) {
    }

    @ExceptionHandler(TrainingException.class)
    ProblemDetail refused(TrainingException e, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        String detail = e.refusals().stream()
                .map(r -> Phrase.of("rest.problem.invalid-field", r.field(), r.phrase()).render(locale))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Phrase.of("training.problem.title").render(locale));
        if (!e.refusals().isEmpty()) {
            problem.setProperty("field", e.refusals().getFirst().field());
            problem.setProperty("rule", e.refusals().getFirst().code());
        }
        problem.setProperty("refusals", e.refusals().stream()
                .map(r -> new RefusalBody(r.field(), r.code(), r.phrase().render(locale))).toList());
        return problem;
    }
}
