package dev.frontline.quality.speed.api;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.frontline.quality.speed.UnknownKpiSubjectException;
import dev.frontline.shared.text.Phrase;

/**
 * RFC 7807 problems of the KPI API in the reader's language, each naming the field: an unknown team or agent 404
 * (here); a bad period and a day that is not YYYY-MM-DD 400 (the shared answers to a refused value and a wrong type).
 * Refusals by role (403) come from the security layer's problem writer.
 */
@RestControllerAdvice(basePackageClasses = KpiController.class)
class KpiApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {

    @ExceptionHandler(UnknownKpiSubjectException.class)
    ProblemDetail unknown(UnknownKpiSubjectException e, Locale locale) {
        return withField(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                Phrase.of("rest.problem.invalid-field", e.field(), e.reason()).render(locale)), e.field());
    }
}
