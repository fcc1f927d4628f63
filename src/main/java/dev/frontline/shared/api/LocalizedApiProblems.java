package dev.frontline.shared.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.ConstraintViolation;

import org.slf4j.Logger;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedException;
import dev.frontline.shared.text.PhrasedStateException;
import dev.frontline.shared.text.RefusedValueException;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Spring MVC's own errors as RFC 7807 problem details in the reader's language (the user's chosen one, else
 * Accept-Language): a parameter of the wrong type, an unreadable JSON body, a missing parameter and a refused
 * validation, each naming the field at fault in {@code detail} and in the {@code field} property. Every API's advice
 * extends this, so the generic answers read the same everywhere; a feature's own refusals are its advice's handlers.
 */
public abstract class LocalizedApiProblems extends ResponseEntityExceptionHandler {

    /** A request parameter or path variable that is not of its type: 400 naming it and what it should be. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail wrongType(MethodArgumentTypeMismatchException e, Locale locale) {
        return wrongTypeProblem(e, locale);
    }

    /**
     * A value the feature refused (an unknown grouping, a month count out of range, a time zone that is none): 400 in
     * the reader's language, naming the field in {@code detail} and in the {@code field} property, and the refusal's
     * bundle key in {@code rule} for a client that wants to tell refusals apart.
     */
    @ExceptionHandler(RefusedValueException.class)
    public ProblemDetail refusedValue(RefusedValueException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Phrase.of("rest.problem.invalid-field", e.field(), e.reason()).render(locale));
        problem.setProperty("rule", e.reason().key());
        return withField(problem, e.field());
    }

    /**
     * Something the request names that does not exist (an unknown id or code): 404 in the reader's language, naming
     * the field it came in (in the {@code field} property) when the service knows it, and the sentence's bundle key in
     * {@code rule}.
     */
    @ExceptionHandler(UnknownEntityException.class)
    public ProblemDetail unknownEntity(UnknownEntityException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.reason().render(locale));
        problem.setProperty("rule", e.reason().key());
        return withField(problem, e.field());
    }

    /**
     * A request that the current state refuses (a computation of the same forecast already running, a request decided
     * meanwhile): 409 in the reader's language, the sentence's bundle key in {@code rule}.
     */
    @ExceptionHandler(PhrasedStateException.class)
    public ProblemDetail refusedByState(PhrasedStateException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.reason().render(locale));
        problem.setProperty("rule", e.reason().key());
        return problem;
    }

    /**
     * Any other refusal said as a sentence of the bundles (a reference the inbox does not know, a forecast that cannot
     * be computed from): 400 in the reader's language, the sentence's bundle key in {@code rule}.
     */
    @ExceptionHandler(PhrasedException.class)
    public ProblemDetail refusedPhrased(PhrasedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.reason().render(locale));
        problem.setProperty("rule", e.reason().key());
        return problem;
    }

    /** 404 in the reader's language for a lookup that failed without saying why in the bundles; logs the English. */
    public static ProblemDetail notFoundFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 404 to an unphrased lookup failure: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Phrase.of("rest.problem.not-found").render(locale));
    }

    /** 400 in the reader's language for a refusal that does not say why in the bundles; logs the English. */
    public static ProblemDetail refusedFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 400 to an unphrased refusal: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Phrase.of("rest.problem.refused").render(locale));
    }

    /** 409 in the reader's language for a state conflict that does not say why in the bundles; logs the English. */
    public static ProblemDetail conflictFallback(Logger log, RuntimeException e, Locale locale) {
        log.warn("Answered 409 to an unphrased state conflict: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Phrase.of("rest.problem.conflict").render(locale));
    }

    /** The problem of a parameter of the wrong type, for a controller that answers it itself. */
    public static ProblemDetail wrongTypeProblem(MethodArgumentTypeMismatchException e, Locale locale) {
        return withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Phrase.of("rest.problem.wrong-type",
                e.getName(), String.valueOf(e.getValue()), expected(e.getRequiredType())).render(locale)), e.getName());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        String field = field(e);
        Phrase detail = field == null ? Phrase.of("rest.problem.unreadable")
                : Phrase.of("rest.problem.unreadable-field", field, expected(targetType(e)));
        return ResponseEntity.badRequest().body(withField(
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail.render(locale)), field));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(missingParameterProblem(e, locale()));
    }

    /** The problem of a missing parameter, for a controller that answers it itself. */
    public static ProblemDetail missingParameterProblem(MissingServletRequestParameterException e, Locale locale) {
        Class<?> type = e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterType();
        return withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Phrase.of("rest.problem.missing-parameter", e.getParameterName(), expected(type)).render(locale)),
                e.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(FieldError::getField)).toList();
        String detail = String.join("; ", errors.stream()
                .map(error -> Phrase.of("rest.problem.invalid-field", error.getField(), rule(error,
                        error.isBindingFailure() ? null : unwrap(error))).render(locale))
                .toList());
        return ResponseEntity.badRequest().body(withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail), errors.isEmpty() ? null : errors.get(0).getField()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        String[] first = {null};
        String detail = String.join("; ", e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> {
                    String name = result.getMethodParameter().getParameterName();
                    if (first[0] == null) {
                        first[0] = name;
                    }
                    ConstraintViolation<?> violation = unwrap(result, error);
                    return Phrase.of("rest.problem.invalid-field", String.valueOf(name), rule(error, violation))
                            .render(locale);
                }))
                .toList());
        return ResponseEntity.badRequest().body(withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail), first[0]));
    }

    /** The reader's locale for handlers that are not given one (Spring's overridable hooks). */
    protected static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    protected static ProblemDetail withField(ProblemDetail problem, String field) {
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** What a refused constraint asks for, as a phrase: the rule's own words with its bounds. */
    static Phrase rule(MessageSourceResolvable error, ConstraintViolation<?> violation) {
        String[] codes = error.getCodes();
        String constraint = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        Map<String, Object> attributes = violation == null ? Map.of()
                : violation.getConstraintDescriptor().getAttributes();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Phrase.of("rest.validation.required");
            case "Size" -> Phrase.of("rest.validation.size", number(attributes.get("min")), number(attributes.get("max")));
            case "Min", "DecimalMin" -> Phrase.of("rest.validation.min", String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> Phrase.of("rest.validation.max", String.valueOf(attributes.get("value")));
            case "Positive" -> Phrase.of("rest.validation.positive");
            case "PositiveOrZero" -> Phrase.of("rest.validation.not-negative");
            case "Email" -> Phrase.of("rest.validation.email");
            case "Pattern" -> Phrase.of("rest.validation.pattern");
            default -> Phrase.of("rest.validation.other", Objects.toString(error.getDefaultMessage(), constraint));
        };
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static ConstraintViolation<?> unwrap(FieldError error) {
        try {
            return error.unwrap(ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static ConstraintViolation<?> unwrap(org.springframework.validation.method.ParameterValidationResult result,
                                                 MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    /** What a value of {@code type} looks like, in the reader's words. */
    static Phrase expected(Class<?> type) {
        if (type == null) {
            return Phrase.of("rest.problem.type.value");
        }
        if (type.isEnum()) {
            return Phrase.of("rest.problem.type.choice",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == LocalDate.class) {
            return Phrase.of("rest.problem.type.date");
        }
        if (type == LocalTime.class) {
            return Phrase.of("rest.problem.type.time");
        }
        if (type == OffsetDateTime.class || type == java.time.Instant.class) {
            return Phrase.of("rest.problem.type.instant");
        }
        return switch (type.getSimpleName()) {
            case "long", "Long", "int", "Integer", "short", "Short" -> Phrase.of("rest.problem.type.whole");
            case "double", "Double", "float", "Float", "BigDecimal" -> Phrase.of("rest.problem.type.number");
            case "boolean", "Boolean" -> Phrase.of("rest.problem.type.boolean");
            case "List", "Set", "Collection" -> Phrase.of("rest.problem.type.list");
            default -> Phrase.of("rest.problem.type.value");
        };
    }

    /** The type Jackson wanted where it could not read the value, if it says. */
    private static Class<?> targetType(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatched.getTargetType();
            }
        }
        return null;
    }

    /** The JSON path of the value Jackson could not read, e.g. "firstDay" or "changes[2].date"; null if unknown. */
    public static String field(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }
}
